"""HTML pages: the guidance text in order, without the site around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guidegraph.model import Block, FileProperties, Property
from guidegraph.read.html import page_soup, parse_html
from guidegraph.read.html_properties import page_properties

FIXTURE = Path(__file__).parent / "fixtures" / "read" / "local-procedures.html"


def heading(text: str, line: int, level: int, number: str | None = None) -> Block:
    return Block("heading", text, line, line, level=level, number=number)


def para(text: str, start: int, end: int | None = None) -> Block:
    return Block("paragraph", text, start, end or start)


def item(text: str, line: int, marker: str) -> Block:
    return Block("item", text, line, line, marker=marker)


def texts(html: str) -> list[str]:
    return [block.text for block in parse_html(html)[0]]


def test_local_procedures_page() -> None:
    blocks, warnings = parse_html(FIXTURE.read_text(encoding="utf-8"))
    assert warnings == []
    assert blocks == [
        heading("Information Sharing", 34, 1, "4.4"),
        heading("Introduction", 36, 2, "1"),
        para("Sharing information is vital for early intervention, so that children and families get the "
             "services they need.", 37, 38),
        para("Practitioners should read this with Working Together to Safeguard Children (2023).", 39),
        heading("The seven golden rules", 40, 3, "1.1"),
        item("Remember that the Data Protection Act 2018 is not a barrier.", 42, "1"),
        item("Be open and honest with the family.", 43, "2"),
        item("Seek advice if you are in any doubt.", 44, "3"),
        heading("When to share", 46, 2, "2"),
        para("You may share information without consent if:", 47),
        item("it is necessary to protect a child from significant harm;", 49, "•"),
        item("it would prevent a crime.", 50, "•"),
        para("Legislation | Provision", 54),
        para("Children Act 1989 | Section 47", 57),
        para("Children Act 2004 | Section 11", 58),
        para("Contact the MASH on 01234 567890 & record your decision.", 61),
    ]


def test_first_line_offsets_line_numbers() -> None:
    blocks, _ = parse_html("<p>one</p>\n<p>two\nlines</p>", first_line=10)
    assert [(b.line_start, b.line_end) for b in blocks] == [(10, 10), (11, 12)]


def test_script_links_give_their_text_only() -> None:
    html = '<p><a href="javascript:alert(1)" onclick="x()">Click</a></p>'
    assert parse_html(html) == ([para("Click", 1)], [])


@pytest.mark.parametrize("cut", [len("<p>Some text</p><p class="), len("<p>Some text</p><"),
                                 len("<p>Some text</p><!-- a comm"), len("<p>Some text</p><p>more <a hr")])
def test_truncated_html(cut: int) -> None:
    html = '<p>Some text</p><p class="x">more <a href="#">text</a></p><!-- a comment -->'
    blocks, _ = parse_html(html[:cut])
    assert blocks[0] == para("Some text", 1)
    assert all("<" not in block.text for block in blocks)


def test_truncated_fixture_never_crashes() -> None:
    html = FIXTURE.read_text(encoding="utf-8")
    for cut in range(0, len(html), 41):
        blocks, warnings = parse_html(html[:cut])
        assert all(block.text and "<" not in block.text for block in blocks)
        assert bool(blocks) or warnings


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcpulitdhr1&;#\n")), max_size=200))
def test_any_markup_soup_parses(html: str) -> None:
    blocks, _ = parse_html(html)
    assert all(block.text.strip() == block.text and block.text for block in blocks)
    assert all(1 <= block.line_start <= block.line_end for block in blocks)


def test_entities_and_whitespace() -> None:
    html = "<p>Children&rsquo;s&nbsp;services &amp;\n  health&#8202;visitors\u200b &lt;b&gt;</p>"
    assert texts(html) == ["Children’s services & health visitors <b>"]


def test_unclosed_paragraphs_and_items_stay_separate() -> None:
    html = "<p>One<p>Two<ul><li>a<li>b<ul><li>b1</ul><li>c</ul>after"
    blocks, _ = parse_html(html)
    assert [(b.kind, b.text, b.marker) for b in blocks] == [
        ("paragraph", "One", None), ("paragraph", "Two", None), ("item", "a", "•"), ("item", "b", "•"),
        ("item", "b1", "•"), ("item", "c", "•"), ("paragraph", "after", None),
    ]


def test_ordered_list_start_type_value_and_paragraphs_in_items() -> None:
    html = ('<ol start="4"><li><p>Four</p><p>more</p></li><li value="9">Nine</li><li>Ten</li></ol>'
            '<ol type="a"><li>x</li><li>y</li></ol><ol type="i" reversed start="3"><li>r</li><li>s</li></ol>')
    blocks, _ = parse_html(html)
    assert [(b.text, b.marker) for b in blocks] == [
        ("Four more", "4"), ("Nine", "9"), ("Ten", "10"), ("x", "a"), ("y", "b"), ("r", "iii"), ("s", "ii"),
    ]


def test_headings_numbers_and_levels() -> None:
    html = ("<h2>4.11 Consent</h2><h3>2. When</h3><h4>Appendix 1: Legal framework</h4>"
            "<h5>7 golden rules</h5><h6>2015 review</h6><h2><span>3</span> Scope</h2>")
    blocks, _ = parse_html(html)
    assert [(b.text, b.level, b.number) for b in blocks] == [
        ("Consent", 2, "4.11"), ("When", 3, "2"), ("Appendix 1: Legal framework", 4, "Appendix 1"),
        ("7 golden rules", 5, None), ("2015 review", 6, None), ("Scope", 2, "3"),
    ]


def test_unclosed_heading_keeps_following_text_as_paragraphs() -> None:
    blocks, _ = parse_html("<h2>Title<p>one</p>two")
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Title"), ("paragraph", "one"),
                                                  ("paragraph", "two")]


@pytest.mark.parametrize("furniture", [
    '<div class="cookie-notice"><p>We use cookies</p></div>',
    '<div id="breadcrumb">Home &gt; Procedures</div>',
    '<a class="skip-to-content" href="#c">Skip to content</a>',
    '<div class="print_this_page">Print this page</div>',
    '<div role="navigation"><p>Menu</p></div>',
    '<div role="banner"><p>Site name</p></div>',
    '<div role="contentinfo"><p>Footer</p></div>',
    '<div aria-hidden="true">icon</div>',
    '<p hidden>Hidden</p>',
    '<p style="display: none">Invisible</p>',
    "<nav><p>Nav</p></nav>",
    "<header><p>Masthead</p></header>",
    "<footer><p>Copyright</p></footer>",
    "<script>var x = '<p>no</p>';</script>",
    "<style>p { color: red }</style>",
    "<noscript>Enable JavaScript</noscript>",
    "<template><p>Template</p></template>",
    '<iframe src="x">Frame</iframe>',
    "<object>Object</object>",
    "<svg><text>Chart</text></svg>",
    "<canvas>Canvas</canvas>",
    '<form><label>Search</label><input value="q"><select><option>One</option></select>'
    "<textarea>Type</textarea><button>Go</button></form>",
    "<!-- a comment -->",
])
def test_furniture_dropped(furniture: str) -> None:
    blocks, _ = parse_html(f"<body><p>Before</p>{furniture}<p>After</p></body>")
    assert [b.text for b in blocks] == ["Before", "After"]


def test_a_callouts_label_is_its_kind_but_a_sections_key_points_heading_is_a_heading() -> None:
    callout = ('<div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label">'
               '<span class="nhsuk-u-visually-hidden">Important: </span>Important</h3>'
               "<p>Record why you did not seek consent.</p></div>")
    assert texts(callout) == ["Record why you did not seek consent."]
    section = "<section><h2>Key points</h2><ul><li>Share early.</li><li>Record decisions.</li></ul></section>"
    blocks = parse_html(section)[0]
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Key points"), ("item", "Share early."),
                                                  ("item", "Record decisions.")]


def test_what_follows_the_pages_main_landmark_is_the_sites() -> None:
    page = ('<div role="main"><h1>Sharing information</h1><p>Share early, and record why you shared.</p>'
            "<p>Ask the front door if you are unsure.</p></div>"
            '<div class="dZA9kd"><p>This hub is for council staff.</p></div>')
    assert texts(page) == ["Sharing information", "Share early, and record why you shared.",
                           "Ask the front door if you are unsure."]
    marked_twice = page.replace('<div role="main">', '<main role="main">').replace("</div><div", "</main><div", 1)
    assert texts(marked_twice) == texts(page)  # `<main role="main">` is one landmark
    # a landmark closed early (broken markup) is followed by more of the page than it holds: all is read
    early = ('<main><h1>Sharing information</h1></main><p>Share early, and record why you shared.</p>'
             "<p>Ask the front door if you are unsure.</p>")
    assert texts(early) == ["Sharing information", "Share early, and record why you shared.",
                            "Ask the front door if you are unsure."]


def test_the_strip_naming_an_embedded_document_under_its_frame_is_not_read() -> None:
    page = ("<h2>Our procedure</h2><p>The full procedure sets out each step.</p>"
            '<div><div><iframe aria-label="Google Docs, Youth Procedure v4" src="x">Open it.</iframe></div>'
            '<div class="t5qrme"><span class="RLS9Fe">Youth Procedure v4</span></div></div>')
    assert texts(page) == ["Our procedure", "The full procedure sets out each step."]


def test_article_header_is_content() -> None:
    html = "<header>Site</header><article><header><h1>Guide title</h1></header><p>Body</p></article>"
    assert texts(html) == ["Guide title", "Body"]


def test_furniture_class_on_body_does_not_empty_the_page() -> None:
    assert texts('<body class="has-cookie-banner"><p>Body</p></body>') == ["Body"]


def test_loose_text_and_br() -> None:
    html = "<div>Loose <b>bold</b> text<br>next line<p>para</p>tail</div><blockquote>Quoted</blockquote>"
    assert texts(html) == ["Loose bold text next line", "para", "tail", "Quoted"]


def test_tables() -> None:
    html = ("<table><caption>Legislation</caption><tr><th>Act</th><th></th><th>Section</th></tr>"
            "<tr><td>Children Act 1989<td>s47</tr><tr><td></td></tr></table>"
            "<dl><dt>CSPR</dt><dd>Child safeguarding practice review</dd></dl>")
    assert texts(html) == ["Legislation", "Act | Section", "Children Act 1989 | s47",
                           "CSPR – Child safeguarding practice review"]


def test_a_glossary_term_and_its_definition_are_one_paragraph() -> None:
    """A <dt> with its <dd> is one entry; a <dt> without one, or a second <dd>, stands alone."""
    html = ("<dl><dt>Consent</dt><dd>Agreement freely given.</dd><dd>See also capacity.</dd>"
            "<dt>DSL</dt><dt>Designated safeguarding lead</dt><dd>The lead for safeguarding.</dd></dl>")
    assert texts(html) == ["Consent – Agreement freely given.", "See also capacity.", "DSL",
                           "Designated safeguarding lead – The lead for safeguarding."]


def test_layout_table_cells_are_read_as_content() -> None:
    html = "<table><tr><td><h2>Scope</h2><p>Para one.</p><ul><li>item</li></ul></td></tr></table>"
    blocks, _ = parse_html(html)
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Scope"), ("paragraph", "Para one."),
                                                  ("item", "item")]


def test_page_with_no_content_warns() -> None:
    html = "<html><head><title>Only a title</title></head><body><nav>Menu</nav></body></html>"
    assert parse_html(html) == ([], ["no text found in the page's content (is it all navigation?)"])


@pytest.mark.parametrize("template", ["<p>Paragraph {i}\n", "<li>Item {i}\n", "<div>Part {i}\n",
                                      "<font size=2><b>Inline {i}</b>\n"])
def test_thousands_of_unclosed_tags_do_not_recurse(template: str) -> None:
    html = "<body><ul>" + "".join(template.format(i=i) for i in range(3000))
    blocks, _ = parse_html(html)
    assert blocks[-1].line_end == 3000
    assert len(blocks) == (1 if "font" in template else 3000)


def test_unclosed_table_rows_and_cells() -> None:
    html = "<table>" + "".join(f"<tr><td>Row {i}<td>cell\n" for i in range(1, 2001)) + "</table>"
    blocks, _ = parse_html(html)
    assert len(blocks) == 2000
    assert blocks[-1] == para("Row 2000 | cell", 2000)


def test_nested_data_table_in_a_layout_table() -> None:
    html = "<table><tr><td><table><tr><td>A</td><td>B</td></tr></table></td><td>Outer</td></tr></table>"
    assert texts(html) == ["A | B", "Outer"]


def test_footnote_marks_do_not_glue_onto_years() -> None:
    """A numbered note's mark stays, as a superscript apart from the word; a dagger goes."""
    html = "<p>Children Act 1989<sup>3</sup>, the 1<sup>st</sup> duty<sup>[4]</sup> and care<sup>†</sup>.</p>"
    assert texts(html) == ["Children Act 1989 ³, the 1st duty ⁴ and care."]


def test_a_page_that_looks_like_a_url_is_read_without_a_warning_from_the_parser(tmp_path: Path) -> None:
    """bs4 warns when markup looks like a URL or file name; the text is still the page's text."""
    import warnings

    page = tmp_path / "link.html"
    page.write_text("http://example.org/guidance", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        blocks, _ = parse_html(page.read_text(encoding="utf-8"))
    assert [b.text for b in blocks] == ["http://example.org/guidance"]


def test_skip_links_are_furniture_whatever_their_class() -> None:
    blocks, _ = parse_html('<div class="skip"><a href="#content">Neidio i\'r prif gynnwys / Skip to main content</a>'
                           '</div><main id="content"><h1>Sharing information</h1><p>Skip to the next page only '
                           'when <a href="#law">the law</a> allows.</p></main>')
    assert [b.text for b in blocks] == ["Sharing information", "Skip to the next page only when the law allows."]


GOV_UK_HEAD = """<html><head><title>Information sharing advice for practitioners - GOV.UK</title>
<meta name="description" content="Advice for practitioners on sharing information.">
<meta property="og:site_name" content="GOV.UK">
<meta name="govuk:organisations" content="<D6>">
<meta name="govuk:primary-publishing-organisation" content="Department for Education">
<meta name="govuk:first-published-at" content="2018-07-04T09:00:00+01:00">
<meta name="govuk:public-updated-at" content="2024-05-01T10:00:00+01:00">
</head><body><header><time datetime="2026-01-01">Today</time></header><h1>Information sharing</h1></body></html>"""


def test_page_properties_from_title_and_meta() -> None:
    assert page_properties(page_soup(GOV_UK_HEAD)) == FileProperties(
        title=Property("Information sharing advice for practitioners", "the page's <title>"),
        date=Property("2024-05-01", "the page's <meta>"),  # the latest, not the header's <time>
        publisher=Property("Department for Education", "the page's <meta>"),  # not a code, nor "GOV.UK"
    )


@pytest.mark.parametrize(("title", "expected"), [
    ("Sharing information safely | Anytown LSCP", "Sharing information safely"),
    ("Anytown Council » Sharing information safely", "Sharing information safely"),
    ("Sharing information safely – Anytown Safeguarding Children Partnership", "Sharing information safely"),
    ("Keeping children safe - a guide for staff", "Keeping children safe - a guide for staff"),
    ("Home | Anytown LSCP", None),  # one word left: no title
    ("Anytown Community Hub | Anytown Community Hub", None),  # the site's name only
    ("Untitled Document", None),
])
def test_the_sites_name_is_cut_from_the_title(title: str, expected: str | None) -> None:
    page = f'<head><title>{title}</title><meta property="og:site_name" content="Anytown Community Hub"></head>'
    found = page_properties(page_soup(page)).title
    assert (found.value if found else None) == expected


def test_a_time_in_the_content_dates_a_page_without_meta_dates() -> None:
    page = ('<body><nav><time datetime="2026-02-01">menu</time></nav><article><p>Published <time '
            'datetime="2019-03-01">1 March 2019</time>, updated <time datetime="2021-06-30T12:00">June 2021</time>.'
            '</p><time datetime="2021-02-30">not a date</time></article><footer><time datetime="2025-01-01">'
            '</time></footer></body>')
    assert page_properties(page_soup(page)) == FileProperties(date=Property("2021-06-30", "the page's <time>"))


def test_an_aside_beside_the_main_content_is_furniture() -> None:
    """A "Related content" sidebar outside <main> is the site's, not the guidance's; an aside
    inside <main> is the text's own box, and a page with no <main> keeps its asides."""
    page = ("<body><main><h1>Sharing</h1><p>Share to protect.</p><aside><p>Key point: record it.</p></aside>"
            "</main><aside class='related'><h2>Related content</h2><ul><li>Care Act 2014</li></ul></aside></body>")
    assert texts(page) == ["Sharing", "Share to protect.", "Key point: record it."]
    assert "Care Act 2014" in texts("<body><h1>Sharing</h1><aside><p>Care Act 2014</p></aside></body>")


# Word's "Save as Web Page": headings without heading styles, list paragraphs drawing their own bullets
_WORD_LIST = ("<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>"
              "<![if !supportLists]><span style='mso-list:Ignore'>{}<span style='font:7.0pt'>&nbsp;&nbsp; </span>"
              "</span><![endif]>{}</p>")


def test_word_list_paragraphs_are_items_marked_by_their_ignored_spans() -> None:
    html = "".join(_WORD_LIST.format(m, t) for m, t in [("a)", "first item"), ("(ii)", "second"), ("·", "a bullet"),
                                                         ("o", "a second level's bullet")])
    assert [(b.kind, b.marker, b.text) for b in parse_html(html)[0]] == [
        ("item", "a", "first item"), ("item", "ii", "second"), ("item", "•", "a bullet"),
        ("item", "•", "a second level's bullet")]


def test_a_word_numbered_heading_keeps_its_number() -> None:
    """The number of a heading Word numbers is in the same kind of span: it stays, and numbers the section."""
    html = ("<h1 style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>"
            "&nbsp;&nbsp; </span></span><![endif]>Introduction</h1>")
    assert parse_html(html)[0] == [heading("Introduction", 1, 1, "1")]


def test_bold_numbered_paragraphs_are_headings_and_numbered_paragraphs_open_sections() -> None:
    html = ("<p class=MsoNormal><b>4.1<span style='mso-tab-count:1'>&nbsp;&nbsp; </span>Introduction</b></p>\n"
            "<p><span style='font-weight:bold'>2. Legal basis</span></p>\n"
            "<p><b>Case study: Sam</b></p>\n"
            "<p><strong>2.1 Practitioners must always share information with the police when asked.</strong></p>\n"
            "<p>2.2&nbsp;&nbsp;Since the commencement of section 77 ...</p>\n"
            "<p>1.5 million children were seen.</p>")
    assert [(b.kind, b.level, b.number, b.text) for b in parse_html(html)[0]] == [
        ("heading", 3, "4.1", "Introduction"), ("heading", 2, "2", "Legal basis"),
        ("paragraph", 0, None, "Case study: Sam"),  # no number: may be a case's or a question's label
        ("paragraph", 0, "2.1", "Practitioners must always share information with the police when asked."),
        ("paragraph", 0, "2.2", "Since the commencement of section 77 ..."),
        ("paragraph", 0, None, "1.5 million children were seen.")]


def test_a_double_line_break_parts_paragraphs_and_a_links_only_sidebar_is_dropped() -> None:
    html = ("<div class='col'><div>First paragraph.<br><br>Second paragraph.<br>Same paragraph.</div></div>"
            "<aside class='col-md-3'><h3>Related procedures</h3><ul><li><a href='/a'>MARAC</a></li>"
            "<li><a href='/b'>Prevent referrals under the Counter-Terrorism and Security Act 2015</a></li></ul></aside>"
            "<aside><p>Remember: you can always ask the DSL.</p></aside>")
    assert texts(html) == ["First paragraph.", "Second paragraph. Same paragraph.",
                           "Remember: you can always ask the DSL."]


def test_an_accordions_question_buttons_are_text_without_aria() -> None:
    html = ("<div class='accordion-item'><div class='accordion-header'><button type='button'>"
            "Is Clare's Law only for women?</button></div><div class='accordion-body'>No. Anyone can apply.</div></div>"
            "<button type='button' class='btn'>Accept all cookies now</button>"
            "<div class='govuk-accordion__controls'><button type='button' aria-expanded='false'>Show all sections"
            "</button></div>")
    assert texts(html) == ["Is Clare's Law only for women?", "No. Anyone can apply."]


def test_a_link_that_prints_the_page_is_no_text() -> None:
    html = ('<main><h1>Sharing</h1><div class="page-meta"><a href="javascript:window.print()">Print this page</a>'
            '</div><p>We share.</p><p><a href="/print-guide">Print guide for parents</a></p></main>')
    assert texts(html) == ["Sharing", "We share.", "Print guide for parents"]
