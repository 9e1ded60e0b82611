import { parseHTML } from 'linkedom';
import { devTwoCorpus } from './eval/extract-corpora';
import { removeBoilerplateElements } from '../lambdas/core/extract/chrome-markup';
import { withoutInertMarkup } from '../lambdas/core/extract/inert-markup';
for (const id of process.argv.slice(2)) {
  const p = devTwoCorpus('../shared/data')!.pages.find((x) => x.id === id)!;
  const doc: any = parseHTML(withoutInertMarkup(p.html())).document;
  removeBoilerplateElements(doc.body);
  const all = [...doc.querySelectorAll('*')];
  const c: Record<string, number> = {};
  for (const e of all) c[e.tagName] = (c[e.tagName] ?? 0) + 1;
  let maxDepth = 0;
  for (const e of all) {
    let d = 0;
    for (let u = e; u; u = u.parentElement) d++;
    maxDepth = Math.max(maxDepth, d);
  }
  console.log(
    id,
    'elements',
    all.length,
    'maxDepth',
    maxDepth,
    Object.entries(c)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10),
  );
}
