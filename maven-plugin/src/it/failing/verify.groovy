// An article with page chrome fails the build: every finding in the log, then one failure with a summary.
def log = new File(basedir, 'build.log').text
// The message is the rule's; the line format is the plugin's: path:[line,column] severity rule-id: message
assert log =~ /(?m)^\[ERROR\] content\/news\/ferry-timetable\.md:\[9,1\] error page-chrome: .*"Leave a Reply"/
assert log.contains('Copydesk: 1 finding (1 error, 0 warnings, 0 info) in 1 of 2 files')
assert log.contains('Copydesk found 1 finding at or above error (none allowed).')
assert log.contains('by severity: 1 error, 0 warnings, 0 info')
assert log.contains('by rule: page-chrome 1')
assert log.contains('reports: target/copydesk/copydesk.json, target/copydesk/copydesk.sarif, target/copydesk/copydesk.html')
assert log.contains('BUILD FAILURE')
// The reports are written before the build fails, so CI can still upload them.
assert new File(basedir, 'target/copydesk/copydesk.sarif').text.contains('"ruleId": "page-chrome"')
// The clean article is not mentioned.
assert !log.contains('library-reopens.md:[')
assert !log.contains("::error"): "no annotations off GitHub Actions"
