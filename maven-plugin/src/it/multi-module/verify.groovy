import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder')
assert !log.contains('not marked as thread-safe') : 'every Copydesk goal is thread-safe'
assert !log.contains('not marked as @threadSafe')
assert log.contains('BUILD SUCCESS')
// Paths in the log are relative to where Maven was started; the root .copydesk.yml applied to both.
(1..4).each { assert log =~ /\[WARNING\] module-a\/content\/news\/story-$it\.md:\[7,1\] warning page-chrome: / }
assert log.contains('Copydesk: 4 findings (0 errors, 4 warnings, 0 info) in 4 of 4 files')
assert log.contains('Copydesk: 0 findings (0 errors, 0 warnings, 0 info) in 0 of 1 file')
assert log.contains('Copydesk: no source directory found')   // the aggregator has no articles

def a = new JsonSlurper().parse(new File(basedir, 'module-a/target/copydesk/copydesk.json'))
assert a.summary.findings == 4
assert a.files*.path == (1..4).collect { "content/news/story-${it}.md" } : 'ids relative to the module, in order'
def b = new JsonSlurper().parse(new File(basedir, 'module-b/target/copydesk/copydesk.json'))
assert b.files*.path == ['docs/style-guide.md']

// SARIF paths are repository-relative, so they include the module folder.
def sarif = new JsonSlurper().parse(new File(basedir, 'module-a/target/copydesk/copydesk.sarif'))
assert sarif.runs[0].results.every { it.locations[0].physicalLocation.artifactLocation.uri =~ /(^|\/)multi-module\/module-a\/content\/news\/story-\d\.md$/ }
