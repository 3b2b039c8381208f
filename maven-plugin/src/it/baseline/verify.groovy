def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('copydesk') }
assert runs.size() == 3

// 1: the baseline file lists the two findings, in a reviewable form.
assert runs[0].contains('Copydesk: wrote 2 entries (2 files) to copydesk-baseline.tsv')
def baseline = new File(basedir, 'copydesk-baseline.tsv').readLines()
assert baseline[0] == '# copydesk-baseline 1'
def entries = baseline.findAll { !it.startsWith('#') }
assert entries.size() == 2
assert entries.every { it ==~ /[0-9a-f]{32}\tpage-chrome\tcontent\/news\/(old|fixed)\.md\t(Leave a Reply|Share this)/ }

// 2: only the new finding is printed and counted; the gone entry is reported.
assert runs[1] =~ /\[ERROR\] content\/news\/new\.md:\[6,1\] error page-chrome: .*"Leave a Comment"/
assert !runs[1].contains('content/news/old.md:[')
assert runs[1].contains('Copydesk: baseline copydesk-baseline.tsv accepted 1 of 2 findings; 1 new')
assert runs[1].contains('Copydesk: 1 baseline entry matches no finding any more (fixed or rewritten); run copydesk:baseline to drop it')
assert runs[1].contains('Copydesk found 1 finding at or above error (none allowed).')
def sarif = new File(basedir, 'target/copydesk/copydesk.sarif').text
assert sarif.contains('"baselineState": "new"')
assert sarif.contains('"baselineState": "unchanged"')
assert sarif.contains('"kind": "external"')

// 3: fingerprints survived the edits.
assert runs[2].contains('Copydesk: baseline shifted-baseline.tsv accepted 2 of 2 findings; 0 new')
assert runs[2].contains('BUILD SUCCESS')
