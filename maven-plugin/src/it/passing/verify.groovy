// A clean project passes, and the default reports (json, sarif, html) are written.
def log = new File(basedir, 'build.log').text
assert log.contains('Copydesk: 0 findings (0 errors, 0 warnings, 0 info) in 0 of 1 file')
assert log.contains('Copydesk reports: target/copydesk/copydesk.json, target/copydesk/copydesk.sarif, target/copydesk/copydesk.html')
assert log.contains('BUILD SUCCESS')
['copydesk.json', 'copydesk.sarif', 'copydesk.html'].each {
  assert new File(basedir, "target/copydesk/$it").isFile() : "missing report $it"
}
assert !new File(basedir, 'target/copydesk/copydesk-junit.xml').exists()
