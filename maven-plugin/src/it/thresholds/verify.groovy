// The log holds the six invocations in order (see invoker.properties).
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('copydesk') }
assert runs.size() == 6 : "expected six invocations, found ${runs.size()}"
runs.each {
  assert it =~ /\[WARNING\] content\/news\/market-hall\.md:\[8,1\] warning page-chrome: .*"Share this"/ || it.contains('critical')
}
assert runs[0].contains('BUILD SUCCESS')
assert runs[1].contains('Copydesk found 2 findings at or above warning (none allowed).')
assert runs[2].contains('BUILD SUCCESS')
assert runs[3].contains('Copydesk found 2 findings at or above info, more than the 1 allowed (maxAllowedFindings).')
assert runs[4].contains('BUILD SUCCESS')
assert runs[5].contains("failOnSeverity must be error, warning, info or none, was 'critical'")
