// copydesk.skip skips the check even though an article has page chrome.
def log = new File(basedir, 'build.log').text
assert log.contains('Copydesk: skipped (copydesk.skip)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('page-chrome')
assert !new File(basedir, 'target/copydesk').exists()
