import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkDatasetFile } from '../../scripts/check-dataset';
import { fixtureDataset } from './dataset-fixtures';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'context-cards-dataset-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function fileWith(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

test('a valid dataset file passes', async () => {
  const path = await fileWith('valid.json', JSON.stringify(fixtureDataset()));
  await expect(checkDatasetFile(path)).resolves.toBeUndefined();
});

test('a broken dataset file is refused with every problem and its path', async () => {
  const broken = fixtureDataset((dataset) => {
    dataset.entries[0]!.name = '';
    dataset.entries[1]!.kind = 'planet';
  });
  const path = await fileWith('broken.json', JSON.stringify(broken));
  const refusal = checkDatasetFile(path, 'assets/dataset.json');
  await expect(refusal).rejects.toThrow(/^assets\/dataset\.json is not a valid dataset:\n/);
  await expect(refusal).rejects.toThrow(/^ {2}entries\[0\]\.name: /m);
  await expect(refusal).rejects.toThrow(/^ {2}entries\[1\]\.kind: /m);
});

test('a file that is not JSON is refused at its root', async () => {
  const path = await fileWith('junk.json', '{"version": 1,');
  await expect(checkDatasetFile(path, 'x.json')).rejects.toThrow(
    /^ {2}\(root\): The file is not valid JSON/m,
  );
});
