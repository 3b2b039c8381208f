// On GitHub Actions each finding is also a workflow command on a line of its own, unprefixed, which the
// workflow turns into an annotation; the log line and the failure are as without it.
def log = new File(basedir, 'build.log').text
// The path is from the repository's root (this project lies inside Copydesk's own checkout).
assert log =~ /(?m)^::error file=(?:[^,:]*\/)?content\/news\/ferry-timetable\.md,line=9,col=1,endLine=9,endColumn=14,title=Copydesk page-chrome::.*"Leave a Reply"/
assert log.count('::error ') == 1
assert log =~ /(?m)^\[ERROR\] content\/news\/ferry-timetable\.md:\[9,1\] error page-chrome: /
assert log.contains('BUILD FAILURE')
