// Each bad file gets a clear error naming it, the other files are still linted, and the files that
// could not be checked fail the build as findings would.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] content\/news\/photo\.md not linted \(io\.binary\): binary content/
assert log =~ /\[ERROR\] content\/news\/cafe-latin1\.md(:\[1,6\])? not linted \(io\.encoding\): not valid UTF-8: invalid byte sequence at byte offset 5/
assert log =~ /\[ERROR\] content\/news\/long-read\.md not linted \(io\.too-large\): file is 5\.\d KiB, over the limit of 4\.0 KiB/
assert log =~ /\[ERROR\] content\/news\/ferry-timetable\.md:\[9,1\] error page-chrome: /
assert log.contains('Copydesk: 1 finding (1 error, 0 warnings, 0 info) in 1 of 4 files; 0 suppressed; 3 unreadable')
assert log.contains('Copydesk found 1 finding at or above error (none allowed). Copydesk could not check 3 files: fix them or leave them out')
assert log =~ /not checked: content\/news\/\S+ \(io\.\S+\), content\/news\/\S+ \(io\.\S+\), content\/news\/\S+ \(io\.\S+\)/
assert !log.contains('Exception:') || log.contains('MojoFailureException') : 'no stack trace from bad input'
assert !(log =~ /(?m)^\tat dev\.copydesk/)
