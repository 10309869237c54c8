/** A small, fast, seeded PRNG (mulberry32), so generated inputs are identical on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const WORDS = (
  'competency education students learning mastery school district teachers personalized ' +
  'assessment proficiency standards classroom pathways feedback progress pace support ' +
  'leadership policy equity design model practice evidence growth habits success community ' +
  'rubric portfolio project reflection transparency culture agency voice flexible schedule ' +
  'the of and to in a is that for on with as by at from this we our are be it'
).split(' ');

export const AUTHORS = [
  'Chris Sturgis',
  'Susan Patrick',
  'Matt Riggan',
  'Courtney Belolan',
  'John Duval',
  'Maria Worthen',
  'Natalie Abel',
  'Eliot Levine',
];

export const CATEGORIES = [
  'Competency Education',
  'Policy',
  'Leadership',
  'Assessment',
  'Personalized Learning',
  'New Hampshire',
  'Maine',
  'Case Studies',
  'Equity',
  'Higher Education',
];

export function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, WORDS));
  const first = out[0] ?? 'the';
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

/** WordPress-style post HTML of roughly `size` characters: paragraphs, links, emphasis, lists, images, entities. */
export function postHtml(random: () => number, size: number, site: string): string {
  let html = '';
  let n = 0;
  while (html.length < size) {
    n++;
    const kind = random();
    if (kind < 0.08) {
      html += `<p><img class="alignleft size-large wp-image-${1000 + n}" src="${site}/wp-content/uploads/2016/08/photo-${n}-720x479.jpg" alt="" width="720" height="479" srcset="${site}/wp-content/uploads/2016/08/photo-${n}-720x479.jpg 720w, ${site}/wp-content/uploads/2016/08/photo-${n}-300x200.jpg 300w" sizes="(max-width: 720px) 100vw, 720px" /></p>\n`;
    } else if (kind < 0.16) {
      html += `<ul>\n<li>${sentence(random, 8)}</li>\n<li>${sentence(random, 6)}</li>\n<li>${sentence(random, 9)}</li>\n</ul>\n`;
    } else if (kind < 0.22) {
      html += `<h3><strong>${sentence(random, 5)}</strong></h3>\n`;
    } else {
      html += `<p>${sentence(random, 12)} It&#8217;s <a href="${site}/2016/0${1 + (n % 9)}/related-post-${n}/">${sentence(random, 3)}</a> &#8211; ${sentence(random, 14)} <em>${sentence(random, 4)}</em> ${sentence(random, 10)}</p>\n`;
    }
  }
  return html;
}
