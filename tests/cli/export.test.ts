import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../helpers/shared.js';
import { SAMPLE_DIR, SAMPLE_STORY, git, tempStore } from '../helpers/store.js';

const iptc = sharedDir('iptc');
const { home, dir, leads } = tempStore('hangang-desk');
for (let n = 0; n <= 4; n++) {
  const result = leads(['commit', join(SAMPLE_DIR, `0${n}.txt`), '--date', `2026-03-14T0${n + 1}:00:00Z`, ...(n === 3 ? ['--correction'] : [])]);
  if (result.code !== 0) throw new Error(result.stderr);
}

function ninjsValidator() {
  const ajv = new Ajv2020({ strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  // The schema refers to GeoJSON by URL; leads emits no geometry and there is no network here.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(JSON.parse(readFileSync(join(iptc!, 'ninjs-schema_3.1.json'), 'utf8')));
}

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'leads-newsml-')), 'item.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', join(iptc!, 'NewsML-G2_2.35-spec-All-Power.xsd'), file], { encoding: 'utf8' });
  if (result.error) throw new Error('xmllint is not installed (Debian package libxml2-utils); .ci/run installs it');
  return { ok: result.status === 0, output: result.stderr };
}

describe('leads export --format ninjs', () => {
  const item = JSON.parse(leads(['export', SAMPLE_STORY]).stdout);

  it('gives the fields of the latest lead', () => {
    expect(item).toMatchObject({
      uri: `urn:leads:hangang-desk:${SAMPLE_STORY}`,
      type: 'text',
      version: '5',
      firstCreated: '2026-03-14T01:00:00+00:00',
      versionCreated: '2026-03-14T05:00:00+00:00',
      pubStatus: 'usable',
      slugline: 'S Korea-earthquake',
      headlines: [{ value: "(4th LD) 2 hurt as magnitude 5.1 quake jolts S. Korea's east coast" }],
      by: 'Park Min-ji',
      edNote: "(ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)",
    });
    expect(item.associations[0]).toEqual({ name: 'previous lead', rel: 'previousVersion', uri: `urn:leads:hangang-desk:${SAMPLE_STORY}`, version: '4' });
    expect(item.bodies[0].contentType).toBe('text/plain');
    expect(item.bodies[0].value.split('\n\n')).toHaveLength(10);
  });

  it('--all gives every lead, the same uri, versions 1 to 5', () => {
    const all = JSON.parse(leads(['export', SAMPLE_STORY, '--all']).stdout);
    expect(all.map((i: { version: string }) => i.version)).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(all.map((i: { uri: string }) => i.uri)).size).toBe(1);
    expect(all[0].associations).toBeUndefined();
    expect(all[0].edNote).toBeUndefined();
  });

  it.skipIf(iptc === null)('validates against the official ninjs 3.x schema', () => {
    const validate = ninjsValidator();
    expect(validate({ type: 'text' })).toBe(false); // the validator does refuse: uri is required
    for (const candidate of [item, ...JSON.parse(leads(['export', SAMPLE_STORY, '--all']).stdout)]) {
      expect(validate(candidate), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

const CAPTION =
  'Residents look at a cracked wall of a house in Donghae, Gangwon Province, on March 14, 2026, hours after a magnitude 5.1 earthquake struck off the coast. (Hangang News)';

describe('exports keep photos', () => {
  it('ninjs: each caption is an association of type picture, its caption a description', () => {
    const item = JSON.parse(leads(['export', SAMPLE_STORY]).stdout);
    expect(item.associations).toEqual([
      { name: 'previous lead', rel: 'previousVersion', uri: `urn:leads:hangang-desk:${SAMPLE_STORY}`, version: '4' },
      {
        name: 'photo 1',
        rel: 'photo',
        uri: `urn:leads:hangang-desk:${SAMPLE_STORY}:photo:5-1`,
        type: 'picture',
        descriptions: [{ role: 'caption', value: CAPTION }],
      },
    ]);
    // The first version had no photo: no association at all.
    expect(JSON.parse(leads(['export', SAMPLE_STORY, '0']).stdout).associations).toBeUndefined();
  });

  it('NewsML-G2: each caption is a description with the caption role', () => {
    const xml = leads(['export', SAMPLE_STORY, '--format', 'newsml']).stdout;
    expect(xml).toContain(`<description role="drol:caption">${CAPTION}</description>`);
    expect(leads(['export', SAMPLE_STORY, '0', '--format', 'newsml']).stdout).not.toContain('drol:caption');
  });
});

describe('leads export --format newsml', () => {
  const xml = leads(['export', SAMPLE_STORY, '3rd', '--format', 'newsml']).stdout;

  it('gives a newsItem with guid, version, signal, edNote and the previous version link', () => {
    expect(xml).toContain(`guid="urn:leads:hangang-desk:${SAMPLE_STORY}" version="4"`);
    expect(xml).toContain('<signal qcode="sig:correction"/>');
    expect(xml).toContain('<edNote>(ATTN: UPDATES damage figures in 5th para; RESTRUCTURES; TRIMS)</edNote>');
    expect(xml).toContain(`<link rel="irel:previousVersion" residref="urn:leads:hangang-desk:${SAMPLE_STORY}" version="3"/>`);
    expect(xml).toContain('<headline>(3rd LD) 2 hurt as magnitude 5.1 quake jolts S. Korea&#39;s east coast</headline>');
    expect(leads(['export', SAMPLE_STORY, '2', '--format', 'newsml']).stdout).toContain('<signal qcode="sig:update"/>');
  });

  it.skipIf(iptc === null)('validates against the official NewsML-G2 2.35 schema, one item and --all', () => {
    expect(xmllint(xml.replace('<itemClass qcode="ninat:text"/>', '')).ok).toBe(false); // the schema does refuse
    for (const doc of [xml, leads(['export', SAMPLE_STORY, '0', '--format', 'newsml']).stdout, leads(['export', SAMPLE_STORY, '--all', '--format', 'newsml']).stdout]) {
      const result = xmllint(doc);
      expect(result.ok, result.output).toBe(true);
    }
  });

  it.skipIf(iptc === null)('escapes article text: a hostile lead still validates and carries no markup', () => {
    const hostile = join(home, 'hostile.txt');
    writeFileSync(
      hostile,
      'S Korea-xss\n<b>Bold</b> & "quoted" headline\nSEOUL, March 14 (Hangang News) -- A <script>alert(1)</script> paragraph & more.\n\n(END)\n',
    );
    expect(leads(['commit', hostile, '--story', 'xss-test']).code).toBe(0);
    const doc = leads(['export', 'xss-test', '--format', 'newsml']).stdout;
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; paragraph &amp; more.');
    expect(xmllint(doc).ok).toBe(true);
    expect(ninjsValidator()(JSON.parse(leads(['export', 'xss-test']).stdout))).toBe(true);
  });
});

describe('leads export: bad input', () => {
  it.each([
    [['export', 'no-such-story'], /no story 'no-such-story'/],
    [['export', SAMPLE_STORY, '9th LD'], /has no lead '9th LD'/],
    [['export', SAMPLE_STORY, '--format', 'pdf'], /Invalid values/],
  ])('%j exits 2 with one line', (args, message) => {
    const result = leads(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('the store name comes from init --name, else the folder', () => {
    expect(git(dir, 'config', 'leads.name').trim()).toBe('hangang-desk');
    const other = mkdtempSync(join(tmpdir(), 'leads-named-'));
    execFileSync(process.execPath, [join(SAMPLE_DIR, '../../bin/leads.js'), 'init', join(other, 's'), '--name', 'Seoul Wire'], { env: { PATH: process.env.PATH ?? '' } });
    expect(git(join(other, 's'), 'config', 'leads.name').trim()).toBe('Seoul Wire');
  });
});
