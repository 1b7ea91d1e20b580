"""Reads the sheet names, row counts and header rows of an .xlsx workbook with the standard library only."""
import zipfile, sys, re, xml.etree.ElementTree as ET
NS={'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main','r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
def sheets(path):
    z=zipfile.ZipFile(path)
    ss=[]
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si',NS):
            ss.append(''.join(t.text or '' for t in si.iter('{%s}t'%NS['m'])))
    wb=ET.fromstring(z.read('xl/workbook.xml'))
    rels=ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    rmap={r.get('Id'):r.get('Target') for r in rels}
    out=[]
    for s in wb.find('m:sheets',NS):
        rid=s.get('{%s}id'%NS['r']); t=rmap[rid]; t=t.lstrip('/'); t=t if t.startswith('xl/') else 'xl/'+t
        root=ET.fromstring(z.read(t))
        rows=root.find('m:sheetData',NS).findall('m:row',NS)
        def val(c):
            v=c.find('m:v',NS)
            if c.get('t')=='s': return ss[int(v.text)]
            if c.get('t')=='inlineStr': return ''.join(x.text or '' for x in c.iter('{%s}t'%NS['m']))
            return v.text if v is not None else ''
        first=[val(c) for c in rows[0]] if rows else []
        out.append((s.get('name'), len(rows)-1, first))
    return out
if __name__=='__main__':
    for p in sys.argv[1:]:
        print('==',p)
        for n,r,h in sheets(p): print(repr(n), r, h)
