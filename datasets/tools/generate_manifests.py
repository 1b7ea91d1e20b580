#!/usr/bin/env python3
"""Writes datasets/manifests/*.json: the official sources Gapwise knows, with checksums and column mappings.

The curation (publisher, licence, URLs, how faithful our reference copy is, what each column means) is
written below by hand from each folder's PROVENANCE.md in ../shared/data. Headers, sizes and SHA-256 are
read from the real files there, and every SHA-256 is checked against that folder's SHA256SUMS, so the
manifests can only be regenerated where ../shared is present:

    python3 datasets/tools/generate_manifests.py [path/to/shared/data]
    python3 datasets/tools/embed_manifests.py      # then refresh the copies compiled into the library

Column roles: code (a GSS area code; `geography` says which), name (an area name: never join on it),
population (a population count usable as a denominator), count (a count of people or events; `denominator`
names its population column), rate (a proportion or rate; `unit` says how it is written), ratio
(a standardised ratio, 100 = national average unless `unit` says otherwise), score, rank (1 = most
deprived unless `note` says otherwise), band (a decile/quintile/... of a rank), flag (0/1), time
(minutes), row-id (a row number added by an export).
"""
import csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from xlsx_headers import sheets  # noqa: E402

OGL = "Open Government Licence v3.0"
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def csv_header(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return next(csv.reader(f))


def csv_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return sum(1 for _ in csv.reader(f)) - 1


# ---- column roles -------------------------------------------------------------------------------------

SCOT_CODES = {"Data_Zone": "data zone 2011 (S01)", "DataZone": "data zone 2011 (S01)",
              "IntZone": "intermediate zone 2011 (S02)", "CA": "council area 2019 (S12)",
              "HSCP": "health and social care partnership 2019 (S37)", "HB": "health board 2019 (S08)",
              "Country": "country (S92)"}
SCOT_NAMES = {"Intermediate_Zone": "intermediate zone 2011 (name; repeats across councils)",
              "Council_area": "council area (name; SG spelling)", "DataZoneName": "data zone 2011",
              "IntZoneName": "intermediate zone 2011", "CAName": "council area", "HSCPName": "health and social care partnership",
              "HBName": "health board"}
# SIMD indicators: (role, unit, denominator)
SIMD_INDICATORS = {
    "income_rate": ("rate", "share of the population income deprived", None),
    "employment_rate": ("rate", "share of the working-age population employment deprived", None),
    "income_count": ("count", "people income deprived", "Total_population"),
    "employment_count": ("count", "people employment deprived", "Working_age_population"),
    "CIF": ("ratio", "comparative illness factor, standardised ratio (100 = Scotland)", None),
    "ALCOHOL": ("ratio", "alcohol-related hospital stays, standardised ratio", None),
    "DRUG": ("ratio", "drug-related hospital stays, standardised ratio", None),
    "SMR": ("ratio", "standardised mortality ratio", None),
    "DEPRESS": ("rate", "share prescribed drugs for anxiety, depression or psychosis", None),
    "LBWT": ("rate", "share of live singleton births of low weight", None),
    "EMERG": ("ratio", "emergency hospital stays, standardised ratio", None),
    "Attendance": ("rate", "school pupil attendance", None),
    "Attainment": ("score", "attainment of school leavers (score)", None),
    "no_qualifications": ("ratio", "working-age people with no qualifications, standardised ratio", None),
    "Noquals": ("ratio", "working-age people with no qualifications, standardised ratio", None),
    "not_participating": ("rate", "share of 16-19 year olds not in education, employment or training", None),
    "NEET": ("rate", "share of 16-19 year olds not in education, employment or training", None),
    "University": ("rate", "share of 17-21 year olds entering university", None),
    "HESA": ("rate", "share of 17-21 year olds entering university", None),
    "crime_count": ("count", "recorded crimes of violence, sexual crimes, domestic housebreaking, vandalism, drugs offences and common assault (averaged, not whole)", "Total_population"),
    "crime_rate": ("rate", "recorded crimes per 10,000 population", None),
    "overcrowded_count": ("count", "people in overcrowded households", "Total_population"),
    "nocentralheating_count": ("count", "people in households without central heating", "Total_population"),
    "nocentralheat_count": ("count", "people in households without central heating", "Total_population"),
    "overcrowded_rate": ("rate", "share of people in overcrowded households", None),
    "nocentralheating_rate": ("rate", "share of people in households without central heating", None),
    "nocentralheat_rate": ("rate", "share of people in households without central heating", None),
    "broadband": ("rate", "share of premises without superfast broadband", None),
    "Broadband": ("rate", "share of premises without superfast broadband", None),
}


def scottish_column(name, percent_strings):
    key = name
    if key in SCOT_CODES:
        return {"name": name, "role": "code", "geography": SCOT_CODES[key]}
    if key in SCOT_NAMES:
        return {"name": name, "role": "name", "geography": SCOT_NAMES[key]}
    if key == "_id":
        return {"name": name, "role": "row-id"}
    if key.startswith("Total_population"):
        return {"name": name, "role": "population", "unit": "people (NRS small area population estimate)"}
    if key.lower().startswith("working_age_population"):
        return {"name": name, "role": "population", "unit": "working-age people"}
    if key.endswith("15pc"):
        return {"name": name, "role": "flag", "note": "1 = among the population-weighted 15% most (or least) deprived"}
    low = key.lower()
    if low.endswith("rank"):
        return {"name": name, "role": "rank", "note": "1 = most deprived"}
    if any(low.endswith(b) for b in ("percentile", "vigintile", "decile", "quintile")):
        return {"name": name, "role": "band", "note": "1 = most deprived"}
    lookup = {k.lower(): v for k, v in SIMD_INDICATORS.items()}
    if low in lookup:
        role, unit, den = lookup[low]
        if role == "rate" and low != "crime_rate":
            unit += "; written as a whole percent string such as \"8%\"" if percent_strings else "; a fraction between 0 and 1"
        c = {"name": name, "role": role, "unit": unit}
        if den:
            c["denominator"] = den
        return c
    if low.startswith("drive_") or low.startswith("pt_"):
        return {"name": name, "role": "time", "unit": "minutes (average " + ("drive" if low.startswith("drive_") else "public transport") + " time)"}
    raise SystemExit(f"no role for Scottish column {name!r}")


def english_column(name):
    n = name.strip()
    if n == "LSOA code (2011)":
        return {"name": name, "role": "code", "geography": "lower layer super output area 2011 (E01)"}
    if n == "LSOA name (2011)":
        return {"name": name, "role": "name", "geography": "lower layer super output area 2011"}
    if n == "Local Authority District code (2019)":
        return {"name": name, "role": "code", "geography": "local authority district 2019 (E06/E07/E08/E09)"}
    if n == "Local Authority District name (2019)":
        return {"name": name, "role": "name", "geography": "local authority district 2019"}
    if "population" in n.lower() or n.startswith("Dependent Children") or n.startswith("Older population"):
        return {"name": name, "role": "population", "unit": "people, mid-2015, excluding prisoners" + ("; weighted 0.75 x 2015 + 0.25 x 2016, not whole" if n.startswith("Working age") else "")}
    if "Rank of" in n:
        return {"name": name, "role": "rank", "note": "1 = most deprived district"}
    if n.endswith("Average rank"):
        return {"name": name, "role": "score", "unit": "population-weighted average of LSOA ranks (higher = more deprived)"}
    if "Average score" in n or "Local concentration" in n:
        return {"name": name, "role": "score"}
    if "Proportion of LSOAs" in n or n.endswith("Extent"):
        return {"name": name, "role": "rate", "unit": "fraction of the district's population or LSOAs"}
    if " Rank" in n:
        return {"name": name, "role": "rank", "note": "1 = most deprived; ties share the lowest rank (competition ranking)"}
    if " Decile" in n:
        return {"name": name, "role": "band", "note": "1 = most deprived 10% of LSOAs"}
    raise SystemExit(f"no role for English column {name!r}")


# ---- the datasets ----------------------------------------------------------------------------------------

def file_entry(data, folder, fname, *, url, fidelity, note, missing, columns_from=None, sheet=None,
               percent_strings=False, english=False, archive=None, rows=None):
    path = os.path.join(data, folder, fname)
    sums = {}
    for line in open(os.path.join(data, "SHA256SUMS")):
        h, p = line.split()
        sums[p.lstrip("./")] = h
    digest = sha256(path)
    if sums[f"{folder}/{fname}"] != digest:
        raise SystemExit(f"{folder}/{fname}: sha256 {digest} differs from SHA256SUMS")
    fmt = "xlsx" if fname.endswith(".xlsx") else "csv"
    if fmt == "csv":
        header, nrows = csv_header(path), csv_rows(path)
    else:
        found = [s for s in sheets(path) if s[0] == sheet]
        if not found:
            raise SystemExit(f"{fname}: no sheet {sheet!r}")
        _, nrows, header = found[0]
        if columns_from:  # a mechanical CSV export of the same sheet, headers verbatim
            header = csv_header(os.path.join(data, folder, columns_from))
    cols = [english_column(h) if english else scottish_column(h, percent_strings) for h in header]
    for c in cols:  # a count's population column, as spelt in this file
        if "denominator" in c and c["denominator"] not in header:
            c["denominator"] = next(h for h in header if h.lower().startswith(c["denominator"].lower()))
    e = {"name": fname, "url": url}
    if archive:
        e["archive"] = archive
        e.pop("url")
    e.update({"sha256": digest, "size": os.path.getsize(path), "format": fmt})
    if sheet:
        e["sheet"] = sheet
    e.update({"rows": rows if rows is not None else nrows, "fidelity": fidelity, "note": note,
              "missingValues": missing, "columns": cols})
    return e


def manifests(data):
    gov = "https://www.gov.scot/binaries/content/documents/govscot/publications/statistics/2020/01/"
    phs = "https://www.opendata.nhs.scot/dataset/78d41fa9-1a62-4f7b-9edb-3e8522a93378/resource/"
    eng = "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/"
    yield "simd2020v2", {
        "name": "simd2020v2",
        "title": "Scottish Index of Multiple Deprivation 2020v2: ranks, domain ranks and indicators by 2011 data zone",
        "publisher": "Scottish Government (SIMD team, simd@gov.scot)",
        "licence": OGL, "licenceURL": OGL_URL,
        "landingPage": "https://www.gov.scot/collections/scottish-index-of-multiple-deprivation-2020/",
        "geography": "6,976 data zones (2011)",
        "files": [
            file_entry(data, "simd2020v2_withinds", "simd2020_withinds.csv", url=None,
                       archive={"url": "https://simd.scot/data/simd2020_withgeog.zip", "format": "zip",
                                "member": "simd2020_withinds.csv"},
                       fidelity="unverified-copy",
                       note="The 'SIMD 2020v2 with indicators' CSV inside the SIMD download package simd2020_withgeog.zip "
                            "(which also holds the data zone boundaries). The checksum is that of the copy Gapwise was "
                            "checked against (a public repository whose line endings may have been normalised); it agrees "
                            "in every value with the publisher's workbooks. Rates are rounded whole-percent strings.",
                       missing=["", "*", "n/a"], percent_strings=True),
            file_entry(data, "sg_simd2020v2_xlsx", "SIMD+2020v2+-+ranks.xlsx",
                       url=gov + "scottish-index-of-multiple-deprivation-2020-ranks-and-domain-ranks/documents/"
                           "scottish-index-of-multiple-deprivation-2020-ranks-and-domain-ranks/"
                           "scottish-index-of-multiple-deprivation-2020-ranks-and-domain-ranks/govscot%3Adocument/"
                           "SIMD%2B2020v2%2B-%2Branks.xlsx",
                       fidelity="resaved-copy",
                       note="gov.scot 'SIMD 2020v2 - ranks' workbook. The reference copy was opened and re-saved by a third "
                            "party before it was archived (values checked identical), so the publisher's bytes may differ "
                            "from this checksum.",
                       missing=[], sheet="SIMD 2020v2 ranks"),
            file_entry(data, "sg_simd2020v2_xlsx", "SIMD+2020v2+-+indicators.xlsx",
                       url=gov + "scottish-index-of-multiple-deprivation-2020-indicator-data/documents/simd_2020_indicators/"
                           "simd_2020_indicators/govscot%3Adocument/SIMD%2B2020v2%2B-%2Bindicators.xlsx",
                       fidelity="resaved-copy",
                       note="gov.scot 'SIMD 2020v2 - indicators' workbook, full-precision indicators (rates as fractions). "
                            "Re-saved by a third party before it was archived (values checked), so the publisher's bytes "
                            "may differ from this checksum.",
                       missing=["*"], sheet="Data", columns_from="DERIVED_SIMD2020v2_indicators_Data_sheet.csv"),
        ],
    }
    yield "simd2016", {
        "name": "simd2016",
        "title": "Scottish Index of Multiple Deprivation 2016: ranks and indicators, with Public Health Scotland's population-weighted bands",
        "publisher": "Scottish Government; Public Health Scotland (population-weighted lookup)",
        "licence": OGL, "licenceURL": OGL_URL,
        "landingPage": "https://www.gov.scot/collections/scottish-index-of-multiple-deprivation-2020/",
        "geography": "6,976 data zones (2011)",
        "files": [
            file_entry(data, "sg_simd2016_withinds", "simd2016_withinds.csv", url=None,
                       archive={"url": None, "format": "zip", "member": "simd2016_withinds.csv",
                                "package": "simd2016_withgeog.zip (SIMD download package, simd.scot)"},
                       fidelity="believed-identical",
                       note="The 'SIMD 2016 with indicators' CSV from the SIMD download package simd2016_withgeog.zip. Two "
                            "independent archived copies agree byte for byte (one lacks the final CRLF). No direct URL of the "
                            "package is recorded: download it from the SIMD site, extract, then run `gapwise datasets verify`. "
                            "Rates are whole-percent strings; names use underscores for spaces.",
                       missing=["*", "#VALUE!"], percent_strings=True),
            file_entry(data, "phs_simd2016", "simd2016_18052020.csv",
                       url=phs + "cadf715a-c365-4dcf-a6e0-acd7e3af21ec/download/simd2016_18052020.csv",
                       fidelity="believed-identical",
                       note="Public Health Scotland open data 'SIMD 2016' lookup: SIMD 2016 rank and population-weighted "
                            "deciles and quintiles nationally and within health board, HSCP and council.",
                       missing=[]),
        ],
    }
    yield "phs-dz-lookup", {
        "name": "phs-dz-lookup",
        "title": "Public Health Scotland data zone 2011 lookups: geography codes and names; SIMD 2020v2 population-weighted bands",
        "publisher": "Public Health Scotland",
        "licence": OGL, "licenceURL": OGL_URL,
        "landingPage": "https://www.opendata.nhs.scot/dataset/geography-codes-and-labels",
        "geography": "6,976 data zones (2011) -> 1,279 intermediate zones -> 32 councils, 31 HSCPs, 14 health boards",
        "files": [
            file_entry(data, "phs_dz2011_geography", "datazone2011.csv",
                       url="https://www.opendata.nhs.scot/datastore/dump/395476ab-0720-4740-be07-ff4467141352?bom=True",
                       fidelity="datastore-export",
                       note="PHS 'Geography Codes and Labels - Data Zone 2011' as exported by the open-data portal's "
                            "datastore (leading _id column, UTF-8 BOM), not the static file "
                            + "https://www.opendata.nhs.scot/dataset/9f942fdb-e59e-44f5-b534-d6e17229cc7b/resource/"
                            "395476ab-0720-4740-be07-ff4467141352/download/dz2011_codes_and_labels_21042020.csv, whose "
                            "bytes differ. Join on codes: names repeat.",
                       missing=[]),
            file_entry(data, "phs_simd2020v2_lookup", "simd2020v2_22062020.csv",
                       url=phs + "acade396-8430-4b34-895a-b3e757fa346e/download/simd2020v2_22062020.csv",
                       fidelity="believed-identical",
                       note="PHS open data 'SIMD 2020v2': codes of each data zone's intermediate zone, health board, HSCP "
                            "and council, the SIMD rank, and population-weighted deciles/quintiles nationally and within "
                            "each area, with 15% most/least deprived flags.",
                       missing=[]),
        ],
    }
    yield "iod2019", {
        "name": "iod2019",
        "title": "English Indices of Deprivation 2019: LSOA ranks and deciles, population denominators, local authority summaries",
        "publisher": "Ministry of Housing, Communities & Local Government (OCSI); population denominators ONS",
        "licence": OGL, "licenceURL": OGL_URL,
        "landingPage": "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019",
        "geography": "32,844 LSOAs (2011) in 317 local authority districts (2019)",
        "files": [
            file_entry(data, "eng_iod2019_lsoa", "File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx",
                       url=eng + "833970/File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx",
                       fidelity="believed-identical", note="File 1: IMD rank and decile per LSOA.",
                       missing=[], sheet="IMD2019", english=True),
            file_entry(data, "eng_iod2019_lsoa", "File_2_-_IoD2019_Domains_of_Deprivation.xlsx",
                       url=eng + "833973/File_2_-_IoD2019_Domains_of_Deprivation.xlsx",
                       fidelity="resaved-copy",
                       note="File 2: IMD and the seven domain ranks and deciles per LSOA. The reference copy was re-saved "
                            "by a third party (values checked against Files 1 and 3), so the publisher's bytes may differ.",
                       missing=[], sheet="IoD2019 Domains", english=True, columns_from="DERIVED_File_2_IoD2019_Domains.csv"),
            file_entry(data, "eng_iod2019_lsoa", "File_3_-_IoD2019_Supplementary_Indices_-_IDACI_and_IDAOPI.xlsx",
                       url=eng + "833974/File_3_-_IoD2019_Supplementary_Indices_-_IDACI_and_IDAOPI.xlsx",
                       fidelity="believed-identical", note="File 3: IDACI and IDAOPI ranks and deciles per LSOA.",
                       missing=[], sheet="IoD2019 IDACI & IDAOPI", english=True),
            file_entry(data, "eng_iod2019_lsoa", "File_6_-_IoD2019_Population_Denominators.xlsx", url=None,
                       fidelity="resaved-copy",
                       note="File 6: population denominators (mid-2015). No direct URL is recorded: download it from the "
                            "landing page, then run `gapwise datasets verify`. The reference copy was re-saved by a third "
                            "party, so the publisher's bytes may differ.",
                       missing=[], sheet="Population Denominators", english=True,
                       columns_from="DERIVED_File_6_IoD2019_Population_Denominators.csv"),
        ] + [
            file_entry(data, "eng_iod2019_lad_summaries",
                       "File_10_-_IoD2019_Local_Authority_District_Summaries__lower-tier__.xlsx",
                       url=eng + "833995/File_10_-_IoD2019_Local_Authority_District_Summaries__lower-tier__.xlsx",
                       fidelity="rewritten-copy",
                       note="File 10: local authority district summaries (average rank and score, share of LSOAs in the "
                            "most deprived 10%, extent, local concentration); columns listed for the IMD sheet, the other "
                            "sheets repeat them per domain. The reference copy was rewritten by openpyxl (values checked), "
                            "so the publisher's bytes differ. Header cells end in a space.",
                       missing=[], sheet="IMD", english=True, columns_from="DERIVED_File_10_IMD_sheet.csv"),
        ],
    }


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data")
    out = os.path.join(HERE, "..", "manifests")
    for name, m in manifests(data):
        m = {"schema": 1, **m}
        with open(os.path.join(out, name + ".json"), "w") as f:
            json.dump(m, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(name, len(m["files"]), "files")


if __name__ == "__main__":
    main()
