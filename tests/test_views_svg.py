"""The SVG career chart: a real chart (vector bars, a year axis with gridlines ending at the
as-of date), infobox and prose told apart by more than colour, title and credit, nothing
fetched from the network."""

import xml.etree.ElementTree as ET

import pytest

from faurecli.model import Origin, PartialDate
from faurecli.query import OfficeSource, select_offices
from faurecli.views.svg import CREDIT, PLOT, svg_chart

NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def chart(store):
    offices = select_offices(store, source=OfficeSource.ALL, current=False, at=None)
    return offices, ET.fromstring(svg_chart(offices, store.source.as_of))


def texts(root):
    return [t.text or "" for t in root.iter(f"{NS}text")]


def bars(root):
    # Bars are the rects drawn at the bar height, outside the legend (which is below the axis).
    axis = max(float(line.get("y2")) for line in root.iter(f"{NS}line"))
    return [r for r in root.iter(f"{NS}rect") if r.get("height") == "14" and float(r.get("y")) < axis]


def test_one_vector_bar_per_office_with_its_title_on_one_line(chart):
    offices, root = chart
    assert len(bars(root)) == len(offices)
    labels = texts(root)
    for office in offices:
        assert office.title in labels  # whole, one text element: no wrapped grey subtitle
    assert not any("\n" in t for t in labels)


def test_infobox_is_solid_and_prose_hatched_and_outlined(chart):
    offices, root = chart
    fills = [r.get("fill") for r in bars(root)]
    for office, fill in zip(offices, fills, strict=True):
        if office.origin is Origin.PROSE:
            assert fill == "url(#hatch)"
        else:
            assert fill.startswith("#")
    assert root.find(f"{NS}defs/{NS}pattern").get("id") == "hatch"


def test_title_credit_white_background_and_no_network(store, chart):
    _, root = chart
    labels = texts(root)
    assert root.find(f"{NS}title").text == labels[0] == "Olivier Faure: offices and positions"
    assert CREDIT in labels and CREDIT == "Source: Wikipedia, 'Olivier Faure', CC BY-SA 4.0"
    background = root.findall(f"{NS}rect")[0]
    assert background.get("fill") == "#ffffff" and background.get("width") == root.get("width")
    svg = svg_chart(select_offices(store, source=OfficeSource.ALL, current=False, at=None), store.source.as_of)
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "@import" not in svg and "<image" not in svg and "<style" not in svg


def test_the_axis_has_gridlines_and_ends_at_the_as_of_date(store, chart):
    offices, root = chart
    labels = texts(root)
    assert "1991" in labels and "2025" in labels and "as of February 2025" in " ".join(labels)
    grid = [line for line in root.iter(f"{NS}line") if line.get("x1") == line.get("x2")]
    assert len(grid) >= 2025 - 1991
    right = max(float(line.get("x1")) for line in grid)
    # Current offices run to the axis end, and nothing runs past it.
    for office, bar in zip(offices, bars(root), strict=True):
        end = float(bar.get("x")) + float(bar.get("width"))
        assert end <= right + 0.1
        if office.current:
            assert end == pytest.approx(right, abs=0.1)
    # Another as-of date moves the end of the axis: it is not the reader's today.
    earlier = ET.fromstring(svg_chart(offices, PartialDate(2020, 6)))
    assert "as of June 2020" in " ".join(texts(earlier)) and "2025" not in texts(earlier)
    assert right - min(float(r.get("x")) for r in bars(root)) == pytest.approx(PLOT, abs=0.1)


def test_text_from_the_store_is_escaped(store):
    offices = select_offices(store, source=OfficeSource.INFOBOX, current=False, at=None)
    office = offices[0]
    odd = type(office)(**{f: getattr(office, f) for f in office.__slots__ if not f.startswith("_")})
    object.__setattr__(odd, "title", '<script>&"x"</script>')
    root = ET.fromstring(svg_chart([odd], store.source.as_of))
    assert '<script>&"x"</script>' in texts(root)
