"""Writes tests/fixtures/unseen/word-information-sharing-agreement.docx with python-docx, so the fixture
has the parts, styles and numbering Word tooling writes (python-docx is not a dependency: run it
with a venv that has it: `pip install python-docx; python scripts/make_word_fixture.py PATH`)."""
import sys

from docx import Document

doc = Document()
doc.core_properties.title = "Information Sharing Agreement"
doc.add_heading("Multi-Agency Information Sharing Agreement: Early Help and Safeguarding", level=0)
doc.add_paragraph("Anytown Safeguarding Children Partnership. Version 3.1, approved March 2024. "
                  "Review date: March 2026.")
doc.add_heading("1. Purpose", level=1)
doc.add_paragraph("1.1\tThis agreement sets out how partner agencies share personal information about children and "
                  "their families so that they get the right help at the right time.")
doc.add_paragraph("1.2\tIt supports the duty to safeguard and promote the welfare of children under section 11 of "
                  "the Children Act 2004 and the arrangements in Working Together to Safeguard Children 2023.")
doc.add_heading("2. Partners", level=1)
for partner in ("Anytown Borough Council children's services", "Anytown Police", "Anytown NHS Foundation Trust",
                "Schools and colleges in Anytown"):
    doc.add_paragraph(partner, style="List Bullet")
doc.add_heading("3. Legal basis for sharing", level=1)
doc.add_paragraph("3.1\tEach partner relies on the lawful bases below. Consent is not the lawful basis for sharing "
                  "under this agreement; practitioners should still be open with families about what is shared.")
table = doc.add_table(rows=1, cols=3)
table.style = "Table Grid"
header = table.rows[0].cells
header[0].text, header[1].text, header[2].text = "Purpose", "Lawful basis", "Condition for special category data"
rows = [
    ("Child protection enquiries", "UK GDPR Article 6(1)(e) public task; section 47 of the Children Act 1989",
     "UK GDPR Article 9(2)(g); Data Protection Act 2018 Schedule 1 Part 2 paragraph 18"),
    ("Children in need assessments", "UK GDPR Article 6(1)(e); section 17 of the Children Act 1989",
     "Data Protection Act 2018 Schedule 1 Part 2 paragraph 18"),
    ("Preventing crime and disorder", "section 115 of the Crime and Disorder Act 1998", "UK GDPR Article 9(2)(g)"),
]
for purpose, basis, condition in rows:
    cells = table.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = purpose, basis, condition
doc.add_paragraph("3.2\tThe common law duty of confidence is not absolute: confidential information may be shared "
                  "where there is a public interest in doing so, such as protecting a child from significant harm.")
doc.add_paragraph("3.3\tArticle 8 of the European Convention on Human Rights, given effect by the Human Rights Act "
                  "1998, protects private and family life; sharing that is necessary and proportionate to protect "
                  "a child is compatible with it.")
doc.add_heading("4. Principles", level=1)
doc.add_paragraph("Partners follow the seven golden rules to sharing information:")
for rule in (
    "Remember that the UK GDPR, Data Protection Act 2018 and human rights law are not barriers to justified "
    "information sharing.",
    "Be open and honest with the individual from the outset about why, what, how and with whom information will "
    "be shared.",
    "Seek advice from other practitioners, or your information governance lead, if you are in any doubt.",
    "Where possible, share information with consent, and respect the wishes of those who do not consent.",
    "Consider safety and well-being: base your decisions on the safety and well-being of the individual.",
    "Necessary, proportionate, relevant, adequate, accurate, timely and secure.",
    "Keep a record of your decision and the reasons for it.",
):
    doc.add_paragraph(rule, style="List Number")
doc.add_heading("5. Frequently held myths", level=1)
doc.add_heading("Myth: data protection law stops us sharing", level=2)
doc.add_paragraph("Reality: the Data Protection Act 2018 and UK GDPR allow information to be shared to keep "
                  "children safe. They are not a barrier to sharing.")
doc.add_heading("Myth: we always need consent to share", level=2)
doc.add_paragraph("Reality: you do not need consent where another lawful basis applies, or where seeking it would "
                  "put a child at risk of significant harm.")
doc.add_heading("6. Review", level=1)
doc.add_paragraph("6.1\tThis agreement will be reviewed every two years by the partnership's business group.")
doc.save(sys.argv[1])
