// Writes the hostile files here rather than keeping binary files in the repository.
def news = new File(basedir, 'content/news')
// A PNG saved with a Markdown name.
new File(news, 'photo.md').bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89] as byte[]
// Latin-1 text in a UTF-8 project: "Café" with a lone 0xE9 byte, which is not UTF-8.
def latin1 = new ByteArrayOutputStream()
latin1.write('# Caf'.bytes)
latin1.write(0xE9)
latin1.write(' opens\n\nThe new cafe on Quay Street opens on Saturday.\n'.bytes)
new File(news, 'cafe-latin1.md').bytes = latin1.toByteArray()
// Over the 4 KiB limit set in the POM.
new File(news, 'long-read.md').text = '# A long read\n\n' + ('The archive holds every edition since 1901. ' * 120) + '\n'
return true
