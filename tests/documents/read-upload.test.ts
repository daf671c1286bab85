import { readUpload, UnreadableDocumentError } from '@/lib/documents/read-upload';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readUpload', () => {
  it('reads a UTF-8 text file as it is, without its BOM', () => {
    const article = readUpload('royal.txt', bytes('\uFEFFKing Charles left the clinic on January 29.\n'));
    expect(article).toEqual({ name: 'royal', title: 'royal', text: 'King Charles left the clinic on January 29.' });
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text = 'Café opened on 3 March 2024.';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(readUpload('cafe.txt', utf16).text).toBe(text);
  });

  it('reduces HTML to the article: scripts, navigation and handlers gone, paragraphs kept apart', () => {
    const html = `<!doctype html><html><head><title>Storm hits coast</title><script>window.evil = 1</script></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Storm hits coast</h1>
      <p>The storm reached the coast on Monday, officials said, and thousands of homes lost power overnight.</p>
      <p>Crews worked through the night. <img src=x onerror="alert(1)">Power returned on 4 March 2024 to most of the region.</p>
      <p><a href="javascript:alert(1)">Read more</a> about the clean-up effort that began the following week.</p>
      </article><footer>Copyright</footer></body></html>`;
    const article = readUpload('storm.html', bytes(html));
    expect(article.title).toBe('Storm hits coast');
    expect(article.text).toContain('The storm reached the coast on Monday');
    expect(article.text).toContain('\n\nCrews worked through the night.');
    expect(article.text).not.toMatch(/window\.evil|onerror|javascript:|Home|Copyright/);
  });

  it('strips markdown syntax but keeps the words', () => {
    const md = '# Budget passed\n\nThe **Senate** passed the [budget](https://example.com) on *Friday*.\n';
    expect(readUpload('budget.md', bytes(md)).text).toBe('Budget passed\n\nThe Senate passed the budget on Friday.');
  });

  it.each([
    ['empty.txt', new Uint8Array(0), /empty/],
    ['blank.txt', bytes('  \n\n '), /no readable text/],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]), /not UTF-8.*Save it as UTF-8/],
    ['report.pdf', bytes('%PDF-1.4'), /only \.txt, \.md and \.html/],
  ])('refuses %s with a clear message', (name, content, message) => {
    expect(() => readUpload(name, content)).toThrow(UnreadableDocumentError);
    expect(() => readUpload(name, content)).toThrow(message);
  });

  it('refuses files over 20 MB', () => {
    expect(() => readUpload('huge.txt', new Uint8Array(20 * 1024 * 1024 + 1).fill(65))).toThrow(/limit is 20 MB/);
  });

  it('reads a 5 MB article', () => {
    const text = 'The council met on 3 March 2024 and voted. '.repeat(120_000);
    expect(readUpload('long.txt', bytes(text)).text.length).toBeGreaterThan(5_000_000);
  });
});
