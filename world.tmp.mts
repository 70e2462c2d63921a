import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { renderer } from './tests/helpers.ts';
import { TEMPLATES } from './templates/index.ts';
const r = await renderer();
mkdirSync('/tmp/world', { recursive: true });
const only = process.argv[2];
for (const line of readFileSync('/work/shared/corpus/world-posts.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line);
  if (only && !c.id.startsWith(only)) continue;
  const payload = TEMPLATES.post.schema.parse({ author: { name: 'Olympique de Marseille', handle: 'OM_Officiel' }, text: c.text, date: '2024-05-02T21:47:00+02:00' });
  const t = performance.now();
  const out = await r.render({ kind: 'post', payload, format: 'png' });
  writeFileSync(`/tmp/world/${c.id}.png`, out.body);
  console.log(c.id, Math.round(performance.now() - t), 'ms');
}
