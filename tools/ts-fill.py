#!/usr/bin/env python3
"""Edit Qt Linguist .ts files safely (the XML stays lupdate's own layout).

  ts-fill.py dump FILE.ts            unfinished messages as JSON lines {context, source, comment, numerus}
  ts-fill.py fill FILE.ts DICT.py    fill unfinished messages from DICT.py, which defines
                                     T = {source: translation | [plural forms]} and optionally
                                     C = {(context, source): translation | [plural forms]}
  ts-fill.py unfinished FILE.ts...   list unfinished, obsolete and vanished entries (exit 1 if any)

Translations are written by people; this only moves them into the XML.
"""
import json
import re
import runpy
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for ctx in root.iter('context'):
        name = ctx.findtext('name') or ''
        for msg in ctx.iter('message'):
            yield name, msg


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    root = tree.getroot()
    # lupdate's layout, so that a fill changes only the lines it fills: contexts at the margin,
    # `.../>` without a space, apostrophes and quotes in text as entities.
    root.text = '\n'
    for context in root:
        ET.indent(context, space='    ')
        context.tail = '\n'
    body = ET.tostring(root, encoding='unicode').replace(' />', '/>')
    body = re.sub(r'>([^<]*)<', lambda m: '>' + m.group(1).replace("'", '&apos;').replace('"', '&quot;') + '<', body)
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write('\n')


def is_unfinished(msg):
    t = msg.find('translation')
    return t is None or t.get('type') in ('unfinished', 'obsolete', 'vanished')


def dump(path):
    _, root = load(path)
    for name, msg in messages(root):
        if is_unfinished(msg):
            print(json.dumps({'context': name, 'source': msg.findtext('source'),
                              'comment': msg.findtext('comment') or '',
                              'numerus': msg.get('numerus') == 'yes'}, ensure_ascii=False))


def fill(path, dict_path):
    tree, root = load(path)
    ns = runpy.run_path(dict_path)
    plain, by_context = ns.get('T', {}), ns.get('C', {})
    filled = missing = 0
    for name, msg in messages(root):
        t = msg.find('translation')
        if t is None or t.get('type') != 'unfinished':
            continue
        src = msg.findtext('source')
        value = by_context.get((name, src), plain.get(src))
        if value is None:
            missing += 1
            print('missing: [%s] %r' % (name, src), file=sys.stderr)
            continue
        numerus = msg.get('numerus') == 'yes'
        for child in list(t):
            t.remove(child)
        t.text = None
        if numerus:
            forms = value if isinstance(value, list) else [value]
            for form in forms:
                ET.SubElement(t, 'numerusform').text = form
        else:
            if isinstance(value, list):
                raise SystemExit('plural forms given for a singular message: %r' % src)
            t.text = value
        del t.attrib['type']
        filled += 1
    save(tree, path)
    print('%s: %d filled, %d missing' % (path, filled, missing))


def unfinished(paths):
    count = 0
    for path in paths:
        _, root = load(path)
        for name, msg in messages(root):
            t = msg.find('translation')
            state = 'missing' if t is None else t.get('type')
            if state in ('missing', 'unfinished', 'obsolete', 'vanished'):
                loc = msg.find('location')
                where = '%s:%s' % (loc.get('filename'), loc.get('line')) if loc is not None else ''
                source = (msg.findtext('source') or '').replace('\n', '\\n')
                print('%s\t%s\t[%s]\t%s\t%s' % (path, state, name, source, where))
                count += 1
    return count


if __name__ == '__main__':
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    cmd = sys.argv[1]
    if cmd == 'dump':
        dump(sys.argv[2])
    elif cmd == 'fill':
        fill(sys.argv[2], sys.argv[3])
    elif cmd == 'unfinished':
        sys.exit(1 if unfinished(sys.argv[2:]) else 0)
    else:
        raise SystemExit(__doc__)
