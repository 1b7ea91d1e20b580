// Stylesheet: the report's inline CSS (no web fonts, no external files; prints cleanly on A4).

enum Stylesheet {
    static let css = """
    :root { --ink: #1F1F1F; --muted: #555555; --rule: #D9DEE3; --accent: #0072B2; --tint: #F3F7FB; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #FFFFFF; font: 15px/1.5 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
    .page { max-width: 1180px; margin: 0 auto; padding: 0 28px 40px; }
    .masthead { border-bottom: 4px solid var(--accent); padding: 26px 0 14px; margin-bottom: 18px; }
    .kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 12px; }
    h1 { margin: 4px 0 2px; font-size: 28px; line-height: 1.2; }
    .area { margin: 0; font-size: 19px; color: var(--muted); }
    h2 { font-size: 21px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 17px; margin: 18px 0 8px; }
    a { color: var(--accent); }
    nav.crumbs { font-size: 14px; margin: 0 0 8px; }
    nav.areas ul { list-style: none; padding: 0; margin: 0; columns: 4 200px; font-size: 14px; }
    nav.areas li { break-inside: avoid; padding: 1px 0; }
    .summary { background: var(--tint); border-left: 4px solid var(--accent); padding: 12px 20px; margin: 8px 0 6px; }
    .summary h2 { border: 0; margin: 0 0 4px; padding: 0; font-size: 18px; }
    .summary ul { margin: 0; padding-left: 20px; }
    .summary li { margin: 4px 0; }
    .meta { color: var(--muted); margin: -4px 0 10px; font-size: 14px; }
    table { border-collapse: collapse; margin: 8px 0 14px; font-size: 13.5px; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 600; padding: 4px 0 6px; color: var(--ink); }
    th, td { border-bottom: 1px solid var(--rule); padding: 4px 10px; text-align: left; vertical-align: top; }
    thead th { background: #EEF2F6; border-bottom: 2px solid #B9C2CC; font-weight: 600; }
    tbody th { font-weight: 600; }
    td.num { text-align: right; white-space: nowrap; }
    #worst-table td:nth-child(2), #worst-table td:nth-child(3) { white-space: nowrap; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(540px, 1fr)); gap: 14px; }
    figure { margin: 0; border: 1px solid #E3E7EB; border-radius: 4px; padding: 6px 6px 4px; background: #FFFFFF; break-inside: avoid; }
    figure svg { display: block; max-width: 100%; height: auto; }
    figcaption { font-size: 12.5px; color: var(--muted); padding: 2px 8px 4px; }
    details { margin: 6px 0 10px; }
    summary { cursor: pointer; color: var(--accent); font-size: 14px; }
    .badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 10px; padding: 1px 9px; margin-left: 8px; vertical-align: middle; }
    .badge.narrowing { background: #DCF1EA; color: #00573F; }
    .badge.widening { background: #FBE3D3; color: #8A3C00; }
    .badge.noClearChange { background: #ECECEC; color: #333333; }
    section.indicator { break-inside: avoid-page; }
    footer { margin-top: 40px; border-top: 1px solid var(--rule); padding-top: 10px; color: var(--muted); font-size: 13px; }
    footer table { font-size: 12.5px; }
    footer td { word-break: break-all; }
    @media print { .page { max-width: none; padding: 0; } details { display: none; } figure { border: 0; } h2 { break-after: avoid; } }
    """
}
