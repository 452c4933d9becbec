#!/usr/bin/env python3
"""Check every story's gold.json against its report files.

Usage: python3 check_gold.py [ROOT]   (ROOT: folder of story folders; default: the folder of this script)

For every story folder holding a gold.json:
  - every report file listed exists and is UTF-8;
  - every cluster mention, single-report quote, quoted term, near-miss distractor and boilerplate entry has
    offsets inside its file (0 <= start < end <= length, in Unicode code points, BOM excluded, end exclusive) and a
    "text" equal to the file's text at those offsets (several ranges: the slices joined with " … ", and "texts",
    when given, lists the slices);
  - mentions' "segments" name segments their cluster declares; clusters and singles name a speaker;
  - no two clusters share an id; a near-miss distractor is not also listed as a cluster mention or single quote.
Prints one line per story and exits with status 1 if anything is wrong.
"""
import json
import os
import sys

JOIN = ' … '


def check_story(sd):
    errors = []
    gold = json.load(open(os.path.join(sd, 'gold.json'), encoding='utf-8'))
    texts = {}
    for r in gold.get('reports', []):
        path = os.path.join(sd, r['file'])
        if not os.path.isfile(path):
            errors.append(f'missing report file {r["file"]}')
            continue
        try:
            texts[r['file']] = open(path, encoding='utf-8-sig').read()
        except UnicodeDecodeError as e:
            errors.append(f'{r["file"]}: not UTF-8 ({e})')

    def check_entry(kind, e):
        f = e.get('file')
        if f not in texts:
            errors.append(f'{kind}: unknown file {f!r}')
            return
        t = texts[f]
        offs = e.get('offsets')
        if not offs or not all(isinstance(o, list) and len(o) == 2 for o in offs):
            errors.append(f'{kind} in {f}: bad offsets {offs!r}')
            return
        slices = []
        for a, b in offs:
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                errors.append(f'{kind} in {f}: offsets {a}-{b} outside the file (length {len(t)})')
                return
            slices.append(t[a:b])
        if [o[0] for o in offs] != sorted(o[0] for o in offs):
            errors.append(f'{kind} in {f}: ranges out of order {offs}')
        if any(offs[i][1] > offs[i + 1][0] for i in range(len(offs) - 1)):
            errors.append(f'{kind} in {f}: ranges overlap {offs}')
        expect = JOIN.join(slices)
        if e.get('text') != expect:
            errors.append(f'{kind} in {f} {offs}: text {e.get("text")!r} != file slice {expect!r}')
        if 'texts' in e and e['texts'] != slices:
            errors.append(f'{kind} in {f} {offs}: texts {e["texts"]!r} != slices {slices!r}')

    ids = set()
    spans = set()
    for c in gold.get('clusters', []):
        cid = c.get('id')
        if cid in ids:
            errors.append(f'duplicate cluster id {cid}')
        ids.add(cid)
        if not c.get('speaker'):
            errors.append(f'cluster {cid}: no speaker')
        segs = {s['id'] for s in c.get('segments', [])}
        files = set()
        for m in c.get('mentions', []):
            check_entry(f'cluster {cid} mention', m)
            files.add(m.get('file'))
            spans.add((m.get('file'), json.dumps(m.get('offsets'))))
            bad = set(m.get('segments', [])) - segs
            if bad:
                errors.append(f'cluster {cid}: mention in {m.get("file")} names undeclared segments {sorted(bad)}')
        if len(files) < 2:
            errors.append(f'cluster {cid}: mentions from fewer than two reports')
    for q in gold.get('single_report_quotes', []):
        check_entry('single', q)
        if not q.get('speaker'):
            errors.append(f'single in {q.get("file")} {q.get("offsets")}: no speaker')
        spans.add((q.get('file'), json.dumps(q.get('offsets'))))
    for q in gold.get('near_miss_distractors', []):
        check_entry('distractor', q)
        if (q.get('file'), json.dumps(q.get('offsets'))) in spans:
            errors.append(f'distractor in {q.get("file")} {q.get("offsets")} is also a cluster mention or single')
    for q in gold.get('quoted_terms_not_speech', []):
        check_entry('term', q)
    for q in gold.get('boilerplate', []):
        check_entry('boilerplate', q)
    n = sum(len(c.get('mentions', [])) for c in gold.get('clusters', []))
    summary = (f'{len(texts)} reports, {len(gold.get("clusters", []))} clusters / {n} mentions, '
               f'{len(gold.get("single_report_quotes", []))} singles, {len(gold.get("near_miss_distractors", []))} '
               f'distractors, {len(gold.get("quoted_terms_not_speech", []))} terms, '
               f'{len(gold.get("boilerplate", []))} boilerplate')
    return errors, summary


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    stories = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, 'gold.json')))
    if not stories:
        print(f'no story folders with gold.json under {root}')
        return 1
    bad = 0
    for st in stories:
        try:
            errors, summary = check_story(os.path.join(root, st))
        except (ValueError, KeyError, TypeError) as e:
            errors, summary = [f'cannot read gold.json: {e!r}'], ''
        print(f'{"OK  " if not errors else "FAIL"} {st}: {summary}')
        for e in errors:
            print(f'     {e}')
        bad += bool(errors)
    print(f'{len(stories) - bad}/{len(stories)} stories pass')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
