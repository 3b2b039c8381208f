// The log holds the five invocations in order (see invoker.properties).
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('copydesk') }
assert runs.size() == 5 : "expected five invocations, found ${runs.size()}"
def findings = { String run -> run.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] content\// } }
def reports = { String dir ->
  new File(basedir, "target/${dir}").listFiles().findAll { it.name.startsWith('copydesk') }.collectEntries { [it.name, it.text] }
}

// 1: the damaged entry is named, ignored and rewritten; the run goes on.
def damaged = runs[0].readLines().findAll { it.startsWith('[WARNING] Copydesk: cache entry ') }
assert damaged.size() == 1 : runs[0]
assert damaged[0] =~ /target[\/\\]copydesk[\/\\]cache[\/\\][0-9a-f]{2}[\/\\][0-9a-f]{62}\.entry for content\/news\/market-hall\.md is damaged \(checksum mismatch\); ignored, linting the file again$/
assert runs[0].contains('[INFO] Copydesk: 3 files, 0 from cache')
assert runs[0].contains('BUILD SUCCESS')
def expected = findings(runs[0])
assert expected.size() == 2
assert expected.any { it.startsWith('[WARNING] content/news/market-hall.md:[8,1] warning page-chrome: ') }
assert expected.any { it.startsWith('[WARNING] content/news/ferry.md:[7,1] warning page-chrome: ') }

// 2: everything from the cache; the same findings and reports.
assert runs[1].contains('[INFO] Copydesk: 3 files, 3 from cache')
assert !runs[1].contains('Copydesk: cache entry')
assert findings(runs[1]) == expected
assert runs[1].contains('Copydesk reports: target/run2/copydesk.txt, ')
assert !runs[1].contains('reports up to date')
assert runs[1].contains('BUILD SUCCESS')
def first = reports('run1')
assert first.keySet() == ['copydesk.txt', 'copydesk.json', 'copydesk.sarif', 'copydesk-checkstyle.xml', 'copydesk-junit.xml', 'copydesk.html'] as Set
assert first.every { name, text -> text.length() > 0 }
assert first['copydesk.html'].contains('The harbour ferry will leave every 20 minutes') : 'articles read again from the sources'
assert reports('run2') == first

// 3: the reports are left alone; the findings still count.
assert runs[2].contains('[INFO] Copydesk: 3 files, 3 from cache')
assert runs[2].contains('[INFO] Copydesk: reports up to date (same results as when they were written); not written again')
assert runs[2].contains('Copydesk reports: target/run2/copydesk.txt, ')
assert findings(runs[2]) == expected
assert runs[2].contains('Copydesk found 2 findings at or above warning (none allowed).')

// 4: another configuration invalidates every entry.
assert runs[3].contains('[INFO] Copydesk: 3 files, 0 from cache')
assert findings(runs[3]) == expected.collect { it.replace('[WARNING]', '[ERROR]').replace('] warning page-chrome', '] error page-chrome') }
assert runs[3].contains('Copydesk found 2 findings at or above error (none allowed).')

// 5: no cache: no cache line, the same findings and reports; and the timings, which no other run asked for.
assert !runs[4].contains('from cache')
assert runs[4].contains('[INFO] Copydesk: Time by rule over 3 articles (')
assert runs[4] =~ /(?m)^\[INFO\] Copydesk:   parse +[\d,]+\.\d ms +[\d.]+%$/
assert runs[4] =~ /(?m)^\[INFO\] Copydesk:   page-chrome +[\d,]+\.\d ms +[\d.]+%$/
assert runs[4] =~ /(?m)^\[INFO\] Copydesk:   rules in all +[\d,]+\.\d ms +[\d.]+%  \([\d.]+ × parse\)$/
assert runs.take(4).every { !it.contains('Time by rule') }
assert findings(runs[4]) == expected
assert reports('run5') == first
assert runs[4].contains('BUILD SUCCESS')
