"""Tests for dipdb.topics: the shipped taxonomy, the matcher and user taxonomy files.

All example sentences are written for these tests (none is taken from the corpus)."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pytest

from dipdb.article import TopicMatch
from dipdb.topics import Taxonomy, TaxonomyError, Topic, load_taxonomy

REQUIRED = [
    "economy",
    "trade",
    "investment",
    "energy",
    "oil",
    "gas",
    "lng",
    "nuclear-power",
    "finance",
    "agriculture",
    "food-security",
    "infrastructure-connectivity",
    "transport",
    "technology",
    "ai",
    "semiconductors",
    "export-controls",
    "climate",
    "health",
    "covid-19",
    "people-to-people",
    "culture",
    "education",
    "sports",
    "tourism",
    "governance-and-rights",
    "human-rights",
    "democracy",
    "international-order",
    "international-law",
    "multilateralism",
    "hegemony",
    "organizations",
    "united-nations",
    "g7",
    "g20",
    "brics",
    "sco",
    "nato",
    "asean",
    "quad",
    "eu",
    "sanctions",
    "security",
    "arms-control",
    "non-proliferation",
    "denuclearization",
    "military-defence",
    "cybersecurity",
    "terrorism",
    "counternarcotics",
    "migration",
    "regions-and-conflicts",
    "taiwan",
    "ukraine",
    "korean-peninsula",
    "south-china-sea",
    "middle-east",
    "israel-gaza",
    "iran",
    "syria",
    "afghanistan",
    "burma",
    "indo-pacific",
    "hong-kong",
    "xinjiang",
    "tibet",
    "political-events",
    "party-congress",
    "elections",
    "inauguration",
    "diplomacy",
    "congratulations",
    "condolences",
    "bilateral-relations",
]


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


def slugs(tax: Taxonomy, text: str) -> set[str]:
    return {m.slug for m in tax.match(text)}


# ------------------------------------------------------------------------- the shipped file


def test_shipped_taxonomy_loads(tax: Taxonomy) -> None:
    assert tax.version == "2026.11.28"
    assert len(tax.topics) >= len(REQUIRED)
    assert set(REQUIRED) <= set(tax.slugs)


def test_every_topic_has_description_and_include(tax: Taxonomy) -> None:
    for t in tax.topics:
        assert t.name.strip(), t.slug
        assert t.description.strip(), t.slug
        assert t.include, t.slug


def test_hierarchy_parents_first_and_acyclic(tax: Taxonomy) -> None:
    seen: set[str] = set()
    for t in tax.topics:
        if t.parent is not None:
            assert t.parent in seen, t.slug
        seen.add(t.slug)
        chain = tax.ancestors(t.slug)
        assert t.slug not in chain
        assert len(chain) == len(set(chain))


def test_hierarchy_decisions(tax: Taxonomy) -> None:
    assert tax.ancestors("lng") == ("gas", "energy", "economy")
    assert tax.ancestors("food-security") == ("agriculture", "economy")
    assert tax.ancestors("israel-gaza") == ("middle-east", "regions-and-conflicts")
    assert tax.ancestors("hegemony") == ("international-order",)
    assert tax.ancestors("sanctions") == ()
    assert tax.get("covid").slug == "covid-19"  # alias
    assert "sports" in tax.descendants("people-to-people")
    with pytest.raises(KeyError):
        tax.ancestors("no-such-topic")


def test_load_is_cached(tax: Taxonomy) -> None:
    assert load_taxonomy() is tax


# ------------------------------------------------------------------------------ matching

POSITIVE = [
    ("The two sides agreed to expand trade in farm products.", "trade"),
    ("Trading volumes rose last year.", "trade"),
    ("He warned against protectionism.", "trade"),
    ("They discussed energy security in Europe.", "energy"),
    ("Shipments of LNG to Asia will grow.", "lng"),
    ("Both welcomed the nuclear power plant project.", "nuclear-power"),
    ("The leaders discussed food security and famine relief.", "food-security"),
    ("They plan to modernise border ports.", "infrastructure-connectivity"),
    ("They stressed responsible use of AI in weapons systems.", "ai"),
    ("New export controls on chips were announced.", "export-controls"),
    ("Activities of the Year of Sports Exchange went well.", "sports"),
    ("Both sides praised people to people ties.", "people-to-people"),
    ("The COVID-19 situation has improved.", "covid-19"),
    ("The Covid measures were relaxed.", "covid-19"),
    ("The coronavirus has hit tourism.", "covid-19"),
    ("The pandemic disrupted supply chains.", "covid-19"),
    ("He supports China's position on the Taiwan question.", "taiwan"),
    ("Russia is committed to the one-China principle.", "taiwan"),
    ("Peace across the Taiwan Strait matters to the region.", "taiwan"),
    ("They talked about cross-Strait relations.", "taiwan"),
    ("They exchanged views on the Ukraine crisis.", "ukraine"),
    ("They reaffirmed the complete denuclearization of the Korean Peninsula.", "denuclearization"),
    ("They reaffirmed the complete denuclearization of the Korean Peninsula.", "korean-peninsula"),
    ("The SCO summit will take place in autumn.", "sco"),
    ("Both support the Shanghai Cooperation Organization.", "sco"),
    ("BRICS membership expansion was discussed.", "brics"),
    ("They will coordinate at the G20.", "g20"),
    ("They will coordinate at the G-20 meeting.", "g20"),
    ("The Group of 20 meets next month.", "g20"),
    ("The G7 leaders issued a statement.", "g7"),
    ("The Quad foreign ministers met in Tokyo.", "quad"),
    ("NATO's eastern flank was reinforced.", "nato"),
    ("EU member states agreed a package.", "eu"),
    ("They oppose hegemony and power politics.", "hegemony"),
    ("They reject bullying and unilateralism.", "hegemony"),
    ("Sanction and interference are doomed to fail.", "sanctions"),
    ("New sanctions were imposed on the bank.", "sanctions"),
    ("Uphold the authority of the United Nations.", "united-nations"),
    ("Uphold the status of international law.", "international-law"),
    ("Stand for true multilateralism.", "multilateralism"),
    ("He praised the success of the 20th National Congress of the CPC.", "party-congress"),
    ("He congratulated her on the success of the party congress.", "congratulations"),
    ("She expressed her condolences over the earthquake.", "condolences"),
    ("Ransomware attacks on hospitals were raised.", "cybersecurity"),
    ("They agreed to curb the flow of fentanyl precursors.", "counternarcotics"),
    ("Irregular migration across the border was discussed.", "migration"),
    ("They talked about Gaza and the hostages.", "israel-gaza"),
    ("They discussed the Iran nuclear deal.", "iran"),
    ("The situation in Burma was discussed.", "burma"),
    ("A free and open Indo-Pacific was the theme.", "indo-pacific"),
    ("Democracies must stand together.", "democracy"),
    ("They restated support for human rights defenders.", "human-rights"),
    ("The comprehensive strategic partnership has grown more mature.", "bilateral-relations"),
]


@pytest.mark.parametrize(("text", "slug"), POSITIVE)
def test_positive(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug in slugs(tax, text)


NEGATIVE = [
    ("They went to the disco together.", "sco"),
    ("He said the meeting went well.", "ai"),
    ("Europe faces a difficult winter.", "eu"),
    ("The trademark dispute was settled in court.", "trade"),
    ("He rode a quad bike across the dunes.", "quad"),
    ("A quad of old buildings stands behind the library.", "quad"),  # lower-case: generic
    (
        "The two presidents wished the two countries greater achievements in their development.",
        "economy",
    ),
    ("The talks addressed food security.", "security"),
    ("The talks addressed energy security.", "security"),
    ("The Democratic Republic of the Congo signed the deal.", "democracy"),
    ("The Defense Secretary attended the dinner.", "military-defence"),
    ("He met the NATO Secretary General in the morning.", "united-nations"),
    ("The health of the relationship depends on trust.", "health"),
    ("The Arabian Peninsula is hot in summer.", "korean-peninsula"),
    ("They met at the Chinese Taipei table tennis event.", "taiwan"),
    ("Both leaders said nuclear powers bear special responsibility.", "nuclear-power"),
    ("They discussed the business environment.", "climate"),
    ("Tear gas was used against the crowd.", "gas"),
    ("The future pandemic response fund was discussed.", "covid-19"),
    ("She stressed the need for global governance reform.", "governance-and-rights"),
]


@pytest.mark.parametrize(("text", "slug"), NEGATIVE)
def test_negative(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug not in slugs(tax, text)


def test_sentence_with_no_topic(tax: Taxonomy) -> None:
    text = "The two presidents wished the two countries greater achievements in their development."
    assert slugs(tax, text) <= {"congratulations"}
    assert tax.match("The weather was pleasant and the food was good.") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SCO", True),
        ("SCO's", True),
        ("(SCO)", True),
        ("disco", False),
        ("SCOPE", False),
        ("sco", False),
        ("Sco", False),  # acronyms are case-sensitive
        ("TAIWAN", True),
        ("taiwan", True),  # lower-case phrases are not
    ],
)
def test_boundaries_and_case(tax: Taxonomy, text: str, expected: bool) -> None:
    found = slugs(tax, text)
    assert bool(found & {"sco", "taiwan"}) is expected


@pytest.mark.parametrize(
    "text",
    [
        "people-to-people exchange",
        "people to people exchange",
        "people\u2013to\u2013people",
        "people-\nto-people",
    ],
)
def test_separator_variants(tax: Taxonomy, text: str) -> None:
    assert "people-to-people" in slugs(tax, text)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("nonproliferation", "non-proliferation"),
        ("non proliferation", "non-proliferation"),
        ("G-20", "g20"),
        ("G20", "g20"),
        ("counter-narcotics", "counternarcotics"),
        ("counternarcotics", "counternarcotics"),
        ("COVID19", "covid-19"),
    ],
)
def test_hyphen_optional(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug in slugs(tax, f"They discussed {text} today.")


def test_plural_only_regular(tax: Taxonomy) -> None:
    assert "sanctions" in slugs(tax, "sanction")
    assert "sanctions" in slugs(tax, "sanctions")
    assert "democracy" in slugs(tax, "democracies")
    assert "trade" not in slugs(tax, "trademarks")
    assert "trade" not in slugs(tax, "trader")


def test_match_spans_offsets_and_order(tax: Taxonomy) -> None:
    text = "Trade grew. Energy too. More trade and BRICS."
    got = tax.match(text)
    assert [m.slug for m in got] == sorted(
        (m.slug for m in got), key=lambda s: next(x.start for x in got if x.slug == s)
    )
    by = {m.slug: m for m in got}
    assert text[by["trade"].start : by["trade"].end] == "Trade"  # first evidence only
    assert len([m for m in got if m.slug == "trade"]) == 1
    shifted = tax.match(text, offset=100)
    assert [(m.slug, m.start - 100, m.end - 100) for m in shifted] == [
        (m.slug, m.start, m.end) for m in got
    ]
    assert all(isinstance(m, TopicMatch) for m in got)
    assert [m.start for m in got] == sorted(m.start for m in got)


def test_overlapping_phrases_of_different_topics(tax: Taxonomy) -> None:
    text = "protecting global food and energy security"
    found = {m.slug: text[m.start : m.end] for m in tax.match(text)}
    assert "food-security" in found
    assert "energy" in found


def test_exclude_must_cover_the_match(tax: Taxonomy) -> None:
    assert "quad" not in slugs(tax, "Quad bikes are noisy.")
    # an exclude phrase elsewhere in the text does not veto an independent match
    assert "quad" in slugs(tax, "A quad bike race was held; the Quad summit followed.")


# ------------------------------------------------------------------- contextual phrases


def _ctx_taxonomy() -> Taxonomy:
    return Taxonomy(
        "1",
        (
            Topic(
                "storms",
                "Storms",
                include=("hurricane",),
                exclude=("calm sea",),
                weak=("the front",),
                cue=("wind", "Barometer"),
            ),
        ),
    )


def test_weak_phrase_needs_a_cue() -> None:
    t = _ctx_taxonomy()
    assert t.slugs_in("The front moved east.") == ()
    got = t.match("The front moved east with strong wind.")
    assert [(m.slug, m.start, m.end) for m in got] == [("storms", 0, 9)]
    assert t.slugs_in("Barometer readings fell as the front arrived.") == ("storms",)
    assert t.slugs_in("barometer readings fell as the front arrived.") == ()  # cue case rule


def test_cue_alone_is_no_evidence_and_include_still_wins() -> None:
    t = _ctx_taxonomy()
    assert t.slugs_in("A cold wind blew.") == ()
    got = t.match("A hurricane formed; the front and the wind followed.")
    assert [m.start for m in got] == [2]  # the include, leftmost


def test_excludes_veto_weak_matches_and_cues() -> None:
    t = Taxonomy(
        "1",
        (
            Topic(
                "storms",
                "Storms",
                include=("hurricane",),
                exclude=("the front door", "wind instrument"),
                weak=("the front",),
                cue=("wind",),
            ),
        ),
    )
    assert t.slugs_in("She shut the front door against the wind.") == ()
    assert t.slugs_in("The front is near; he plays a wind instrument.") == ()


def test_user_file_can_add_contextual_phrases(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        'version = "u"\nextends = "builtin"\n[[topic]]\nslug = "arctic"\nname = "Arctic"\n'
        'include = ["Arctic"]\nweak = ["the ice"]\ncue = ["polar"]\n',
    )
    t = load_taxonomy(p)
    assert "arctic" in t.slugs_in("The ice is thinning on the polar route.")
    assert "arctic" not in t.slugs_in("The ice is thinning on the lake.")


# Shipped taxonomy: contextual rules and the annotation conventions (own sentences).

CONTEXT_POSITIVE = [
    ("Moscow says the conflict must end through talks.", "ukraine"),
    ("They discussed new costs on the Kremlin for its invasion.", "ukraine"),
    ("The ministers agreed to extend the sanctions on Russia.", "ukraine"),
    ("The ministers agreed to extend the sanctions on Russia.", "sanctions"),
    ("He condemned the rocket attacks on Israel.", "israel-gaza"),
    ("They discussed the security of Israel and its neighbours.", "israel-gaza"),
    ("The envoys discussed the worsening crisis in Sudan.", "regions-and-conflicts"),
    ("They called for free elections and a return to order in Niger.", "regions-and-conflicts"),
]

CONTEXT_NEGATIVE = [
    ("The conflict in the region worries the ministers.", "ukraine"),
    ("Russia and its partner recalled their Second World War veterans.", "ukraine"),
    ("The President spoke with the Prime Minister of Israel.", "israel-gaza"),
    ("They celebrated the friendship between Israel and Canada.", "israel-gaza"),
    ("The minister thanked Somalia for hosting the trade fair.", "regions-and-conflicts"),
    ("The presidents praised the rail line from Mali to Senegal.", "regions-and-conflicts"),
]


@pytest.mark.parametrize(("text", "slug"), CONTEXT_POSITIVE)
def test_shipped_context_positive(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug in slugs(tax, text)


@pytest.mark.parametrize(("text", "slug"), CONTEXT_NEGATIVE)
def test_shipped_context_negative(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug not in slugs(tax, text)


CONVENTION_POSITIVE = [
    ("Our relations keep growing year by year.", "bilateral-relations"),
    ("Bilateral trade grew by a third last year.", "trade"),
    ("They will cooperate on lunar exploration.", "technology"),
    ("The national security team met in Geneva.", "security"),
    ("They praised the Finnish-Chilean relationship.", "bilateral-relations"),
    ("The partnership between our countries has never been stronger.", "bilateral-relations"),
    ("The Intergovernmental Commission will meet in spring.", "bilateral-relations"),
    ("The leaders agreed to maintain contacts at various levels.", "diplomacy"),
    ("She looks forward to visiting Lima next year.", "diplomacy"),
    ("The ministers met in the 2+2 format.", "diplomacy"),
    ("European allies pledged more support to the eastern flank.", "nato"),
    ("Every Ally contributes to this Alliance.", "nato"),
    ("Transatlantic security depends on unity.", "security"),
    ("They discussed the security situation and the security of shipping lanes.", "security"),
    ("They agreed to increase the forward presence in the region.", "military-defence"),
    ("Both sides expanded cooperation in the humanitarian sphere.", "people-to-people"),
    ("Immigration reform and legal pathways were discussed.", "migration"),
    ("They vowed to fight antisemitism and racism.", "human-rights"),
    ("They reaffirmed respect for the sovereignty of small states.", "international-law"),
    ("Russia's full-scale invasion has lasted for months.", "ukraine"),
    ("Peace talks resumed last week.", "regions-and-conflicts"),
    ("The ministers promised to stay in close contact over the summer.", "diplomacy"),
    ("She said she looks forward to welcoming the chancellor in Rome.", "diplomacy"),
    ("The envoys will hold further consultations in the autumn.", "diplomacy"),
    ("Both sides seek a diplomatic solution to the border dispute.", "diplomacy"),
    ("He stressed the solidarity with the people of Chile.", "bilateral-relations"),
    ("Norway is a key partner for Iceland.", "bilateral-relations"),
    ("Aid workers need safe humanitarian access.", "humanitarian"),
    ("The donors sent humanitarian supplies to the flooded valley.", "humanitarian"),
    ("They agreed to keep raising the costs on the regime.", "sanctions"),
    ("New visa bans target the officials responsible.", "sanctions"),
    ("The summit focused on critical minerals and manufacturing jobs.", "economy"),
    ("Private sector companies are expanding in the region.", "economy"),
    ("Both sides remain open to diplomacy with the northern neighbour.", "diplomacy"),
    ("The leaders agreed to continue the dialogue next spring.", "diplomacy"),
    ("The envoys agreed to continue their close coordination.", "diplomacy"),
    ("Aid agencies organised the evacuation of civilians from the valley.", "humanitarian"),
    ("He reaffirmed the commitment to the defense of its treaty ally.", "military-defence"),
    ("Parliament approved higher defence spending for next year.", "military-defence"),
    ("They backed Moldova's sovereignty and territorial integrity.", "international-law"),
    ("They called for multilateral cooperation on fisheries.", "multilateralism"),
    ("We shall be in contact throughout the spring.", "diplomacy"),
    ("It was agreed that the chancellor would visit Oslo in the autumn.", "diplomacy"),
    ("He looks forward to seeing the premier in Lisbon next month.", "diplomacy"),
    ("The envoy looked forward to visiting the coastal provinces soon.", "diplomacy"),
    ("Both governments remain committed to diplomacy with their neighbour.", "diplomacy"),
    ("The ministers reviewed ongoing diplomatic efforts in the region.", "diplomacy"),
    ("The leaders agreed to hold one-on-one conversations every quarter.", "diplomacy"),
    ("They discussed ways to broaden our cooperation.", "bilateral-relations"),
    ("They praised cooperation between the United States and Peru.", "bilateral-relations"),
    ("He thanked the republic for its mediation between the two parties.", "regions-and-conflicts"),
    ("The settlement process has stalled again.", "regions-and-conflicts"),
    ("They discussed ties between Armenia and Azerbaijan.", "regions-and-conflicts"),
    ("They reviewed developments in Kosovo.", "regions-and-conflicts"),
    ("They welcomed progress in Northern Ireland.", "regions-and-conflicts"),
    ("They arranged the evacuation of stranded nationals from the port.", "humanitarian"),
    ("The donor funds reached the World Food Program.", "humanitarian"),
    ("They looked at integration associations across the continent.", "organizations"),
    # phrases of publishers outside the corpus (external readouts, topic round of 2026-11-28)
    ("They looked forward to staying in touch on these issues.", "diplomacy"),
    ("The prime minister and the crown prince agreed to meet soon.", "diplomacy"),
    ("He will travel to Nigeria thereafter.", "diplomacy"),
    ("He extended an invitation to his counterpart to visit Warsaw.", "diplomacy"),
    ("The Chairperson proceeded to Conakry for consultations with the President.", "diplomacy"),
    ("They discussed global and regional issues and Asean matters.", "asean"),
    ("A number of issues in the region were discussed.", "regions-and-conflicts"),
    ("They agreed to expedite the Reciprocal Access Agreement.", "military-defence"),
    ("He praised the inaugural speech of his guest.", "inauguration"),
    ("The government won a vote of confidence in the Senate.", "political-events"),
    ("The two leaders signed three bilateral agreements.", "bilateral-relations"),
    ("Both reaffirmed their bilateral and multilateral cooperation.", "bilateral-relations"),
    ("Broader co-operation among CARICOM nations will be discussed.", "organizations"),
    ("He urged ECOWAS to intensify the fight against terrorism.", "organizations"),
    ("Fiji will host the Commonwealth Heads of Government Meeting.", "organizations"),
    ("They backed the AfCFTA and its secretariat.", "trade"),
    ("At COP22 in Marrakesh she called for action.", "climate"),
    ("As we prepare for COP 23, our goal is clear.", "climate"),
    ("Fiji will be hosting the Commonwealth Games.", "sports"),
    ("It is important to carry on an open dialogue with Russia.", "diplomacy"),
]

CONVENTION_NEGATIVE = [
    ("He arrived in the capital on an official visit.", "diplomacy"),
    ("She is Minister of International Relations.", "bilateral-relations"),
    ("They welcomed the Partnership for Coastal Ports.", "bilateral-relations"),
    ("They reviewed defence ties and military exercises.", "bilateral-relations"),
    ("They met on the sidelines of the G20 summit.", "g20"),
    ("They met on the margins of the UN General Assembly.", "united-nations"),
    ("Welcome to NATO Headquarters.", "nato"),
    ("They promote peace, security and prosperity in the Indo-Pacific.", "security"),
    ("Food security and energy security were discussed.", "security"),
    ("The defence and foreign ministers will meet.", "military-defence"),
    ("They condemned the ballistic missile launches.", "military-defence"),
    ("They advanced the clean energy transition.", "climate"),
    ("They oppose unilateral changes to the status quo.", "hegemony"),
    ("The talks took place in a business-like atmosphere.", "economy"),
    ("They discussed the defence industrial base.", "economy"),
    ("Both sides stressed diplomatic efforts to end the fighting.", "diplomacy"),
    ("Thank you very much for the invitation.", "diplomacy"),
    ("They pledged to expand trade and economic ties.", "bilateral-relations"),
    ("Humanitarian cooperation and cultural exchanges were discussed.", "humanitarian"),
    ("They upheld international humanitarian law.", "humanitarian"),
    ("They reaffirmed support for Israel's security.", "security"),
    ("He called for the security of civilians in the city.", "security"),
    ("He met the Israeli National Security Advisor.", "israel-gaza"),
    ("She met the Minister of International Relations.", "international-order"),
    ("He met the Assistant for National Security Affairs of the republic.", "security"),
    ("The test was a threat to international peace and security.", "security"),
    ("Everyone deserves safety and security at work.", "security"),
    ("She spoke with the Foreign and Security Policy Advisor.", "security"),
    ("The armed forces of the republic crossed the river at dawn.", "military-defence"),
    ("The special military operation entered its third month.", "military-defence"),
    ("Both leaders condemned the military coup in the capital.", "military-defence"),
    ("She praised the country's defence investments.", "economy"),
    ("They claimed sovereignty over the disputed reef.", "international-law"),
    ("The people have a right to dignity and self-determination.", "international-law"),
    ("Japan will play multilateral leadership roles next year.", "multilateralism"),
    ("They discussed resilience against economic coercion.", "hegemony"),
    ("He spoke with the Chairperson of the African Union.", "organizations"),
    ("He called the President of the European Council.", "eu"),
    ("He thanked the NATO Secretary General for the visit.", "nato"),
    ("The jets brought medical supplies to the field hospital.", "health"),
    ("They condemned extremist settler attacks.", "terrorism"),
    ("He spoke with the European Commission President's adviser.", "eu"),
    ("They met on the margins of the Summit of the Americas.", "organizations"),
    ("They met during the United Nations General Assembly week.", "united-nations"),
    ("Thank you for the invitation to visit your lovely city.", "diplomacy"),
    ("Many tourists will visit the festival this year.", "diplomacy"),
    ("They expanded our cooperation in farming and fisheries.", "bilateral-relations"),
    ("She heads the office of public diplomacy.", "diplomacy"),
    ("We discussed Kosovo's football team.", "regions-and-conflicts"),
    # a sector named with "bilateral" is that sector, not the state of the relationship
    ("Bilateral trade grew by a third last year.", "bilateral-relations"),
    ("He sent greetings on the occasion of Lunar New Year.", "technology"),
    ("The festival follows the lunar calendar.", "technology"),
    ("The two national security advisors met in Geneva.", "security"),
    # meeting facts: a visit that is the meeting itself
    ("The President made his first state visit to Chile on Tuesday.", "diplomacy"),
    # a sector's relations are that sector's
    ("We want to engender good economic and trade relations.", "bilateral-relations"),
    # a wish of good health closes a birthday call; it is no health policy
    ("He congratulated him on his birthday, wishing him good health and success.", "health"),
]


@pytest.mark.parametrize(("text", "slug"), CONVENTION_POSITIVE)
def test_shipped_convention_positive(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug in slugs(tax, text)


@pytest.mark.parametrize(("text", "slug"), CONVENTION_NEGATIVE)
def test_shipped_convention_negative(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug not in slugs(tax, text)


# ------------------------------------------------------------------------- user files

BASE_TOPIC = """
[[topic]]
slug = "{slug}"
name = "{name}"
description = "d"
include = {include}
"""


def write(tmp_path: Path, body: str, name: str = "tax.toml") -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_replace(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        'version = "1"\n'
        + BASE_TOPIC.format(slug="widgets", name="Widgets", include='["widget", "Gizmo"]'),
    )
    t = load_taxonomy(p)
    assert t.version == "1"
    assert t.slugs == ("widgets",)
    assert [m.slug for m in t.match("Two widgets and a Gizmo.")] == ["widgets"]
    assert t.match("trade") == ()


def test_extend_adds_and_overrides(tmp_path: Path, tax: Taxonomy) -> None:
    body = (
        'version = "local.1"\nextends = "builtin"\nremove = ["tibet"]\n'
        + BASE_TOPIC.format(slug="arctic", name="Arctic", include='["Arctic", "polar route"]')
        + 'parent = "regions-and-conflicts"\n'
        + '[[topic]]\nslug = "trade"\nexclude = ["trade fair"]\n'
    )
    t = load_taxonomy(write(tmp_path, body))
    assert t.version == f"{tax.version}+local.1"
    assert "arctic" in t and "tibet" not in t
    assert t.ancestors("arctic") == ("regions-and-conflicts",)
    assert t.get("trade").include == tax.get("trade").include  # kept
    assert "trade" not in {m.slug for m in t.match("a trade fair")}
    assert "trade" in {m.slug for m in t.match("trade grew")}
    assert "arctic" in {m.slug for m in t.match("the polar routes")}


def test_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(
        tmp_path,
        'version = "env"\n' + BASE_TOPIC.format(slug="x", name="X", include='["xylophone"]'),
    )
    monkeypatch.setenv("DIPDB_TAXONOMY", str(p))
    assert load_taxonomy().version == "env"
    monkeypatch.delenv("DIPDB_TAXONOMY")
    assert load_taxonomy().version == "2026.11.28"


def _topic(slug="a", name="A", parent=None, include=('"alpha"',), extra=""):
    out = f'[[topic]]\nslug = "{slug}"\nname = "{name}"\ndescription = "d"\n'
    out += f"include = [{', '.join(include)}]\n"
    if parent is not None:
        out += f'parent = "{parent}"\n'
    return out + extra


INVALID = [
    ("duplicate slug", 'version = "1"\n' + _topic() + _topic()),
    ("must match", 'version = "1"\n' + _topic(slug="Bad_Slug")),
    ("does not exist", 'version = "1"\n' + _topic(parent="nope")),
    ("cycle", 'version = "1"\n' + _topic(slug="a", parent="b") + _topic(slug="b", parent="a")),
    ("cycle", 'version = "1"\n' + _topic(slug="a", parent="a")),
    ("name", 'version = "1"\n' + _topic(name="  ")),
    ("empty phrase", 'version = "1"\n' + _topic(include=('"alpha"', '" "'))),
    ("at least one phrase", 'version = "1"\n' + _topic(include=())),
    ("letter or digit", 'version = "1"\n' + _topic(include=('"U.S."',))),
    ("version", _topic()),
    ("unknown key", 'version = "1"\n' + _topic(extra='includes = ["x"]\n')),
    ("invalid TOML", 'version = "1"\n[[topic]\n'),
    ("extends must be", 'version = "1"\nextends = "other"\n' + _topic()),
    ("list of strings", 'version = "1"\n' + _topic(extra='exclude = "x"\n')),
    ("already names", 'version = "1"\n' + _topic(extra='aliases = ["b"]\n') + _topic(slug="b")),
    ("cannot remove", 'version = "1"\nextends = "builtin"\nremove = ["nope"]\n'),
    ("given together", 'version = "1"\n' + _topic(extra='weak = ["beta"]\n')),
    ("given together", 'version = "1"\n' + _topic(extra='cue = ["gamma"]\n')),
    ("list of strings", 'version = "1"\n' + _topic(extra='weak = "b"\ncue = ["c"]\n')),
]


@pytest.mark.parametrize(("needle", "body"), INVALID)
def test_invalid_files(tmp_path: Path, needle: str, body: str) -> None:
    p = write(tmp_path, body)
    with pytest.raises(TaxonomyError) as exc:
        load_taxonomy(p)
    msg = str(exc.value)
    assert "\n" not in msg
    assert str(p) in msg
    assert needle in msg


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "absent.toml")


def test_taxonomy_constructed_directly_is_validated() -> None:
    with pytest.raises(TaxonomyError, match="parent"):
        Taxonomy("1", (Topic("a", "A", parent="b", include=("alpha",)),))
    t = Taxonomy(
        "1", (Topic("b", "B", parent="a", include=("beta",)), Topic("a", "A", include=("alpha",)))
    )
    assert t.slugs == ("a", "b")  # parents before children


# ----------------------------------------------------------------------------- corpus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_corpus_spans_are_on_word_boundaries(tax: Taxonomy) -> None:
    files = sorted(glob.glob(os.fspath(CORPUS / "*" / "*.txt")))
    assert files
    for f in files:
        text = Path(f).read_text(encoding="utf-8-sig")
        for m in tax.match(text):
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start].isalnum() and text[m.end - 1].isalnum()
            assert m.start == 0 or not text[m.start - 1].isalnum()
            assert m.end == len(text) or not text[m.end].isalnum()


# --------------------------------------------------------------------------------------------
# Carry-over across the statements of a paragraph (Taxonomy.match_statements)


def _tag_paragraphs(tax: Taxonomy, paragraphs: list[list[str]]) -> list[set[str]]:
    """Slugs per statement for paragraphs of sentences laid out as one document."""
    items, offset = [], 0
    for p, sentences in enumerate(paragraphs):
        for sentence in sentences:
            items.append((sentence, offset, p))
            offset += len(sentence) + 1
    return [{m.slug for m in ms} for ms in tax.match_statements(items)]


CARRY_POSITIVE = [
    (
        ["Both sides reviewed the fighting in Ukraine.", "They discussed efforts to end the war."],
        "ukraine",
    ),
    (
        ["The ministers talked about Gaza.", "Both called for an end to the conflict."],
        "israel-gaza",
    ),
    (["They discussed Taiwan.", "He expressed concern about the situation."], "taiwan"),
    (["The leaders spoke about Syria.", "He reiterated support for its sovereignty."], "syria"),
    (["They discussed the crisis in Burma.", "She urged an end to the hostilities."], "burma"),
    (
        [
            "They reviewed the Korean Peninsula.",
            "Nothing more was said.",
            "Both voiced concern over this crisis.",
        ],
        "korean-peninsula",
    ),
    # an all-lowercase weak phrase needs no cue once its topic came up in the paragraph
    (["They discussed Ukraine.", "He condemned the invasion."], "ukraine"),
]


@pytest.mark.parametrize(("sentences", "slug"), CARRY_POSITIVE)
def test_anaphor_carries_the_region_of_the_paragraph(
    tax: Taxonomy, sentences: list[str], slug: str
) -> None:
    assert slug in _tag_paragraphs(tax, [sentences])[-1]


CARRY_NEGATIVE = [
    # no anaphor: nothing to carry
    ([["They discussed Ukraine.", "They also discussed trade."]], "ukraine"),
    # a new paragraph starts afresh
    ([["They discussed Ukraine."], ["They discussed efforts to end the war."]], "ukraine"),
    # the statement names its own region: the earlier one is not added
    ([["They discussed Ukraine.", "On Gaza, both called for an end to the conflict."]], "ukraine"),
    # an anaphor before any region in the paragraph
    ([["They reviewed the situation.", "They discussed Ukraine."]], "ukraine"),
    # capitalised weak phrases (names) still need a cue in the statement itself
    ([["They discussed Gaza.", "He praised Israel for its hospitality."]], "israel-gaza"),
    # only region and conflict topics are carried
    ([["They discussed tariffs.", "They agreed to resolve the situation."]], "trade"),
]


@pytest.mark.parametrize(("paragraphs", "slug"), CARRY_NEGATIVE)
def test_no_carry_over_without_an_anaphor_in_the_same_paragraph(
    tax: Taxonomy, paragraphs: list[list[str]], slug: str
) -> None:
    tagged = _tag_paragraphs(tax, paragraphs)
    if "situation" in paragraphs[0][0]:  # the anaphor comes first: look at that statement
        tagged = tagged[:1]
    assert slug not in tagged[-1]


def test_carried_tag_has_the_anaphor_as_evidence(tax: Taxonomy) -> None:
    first, second = "They discussed Ukraine.", "They hoped the conflict would end."
    offset = 100 + len(first) + 1
    out = tax.match_statements([(first, 100, 0), (second, offset, 0)])
    [carried] = [m for m in out[1] if m.slug == "ukraine"]
    start = offset + second.index("the conflict")
    assert carried == TopicMatch("ukraine", start, start + len("the conflict"))


def test_match_alone_never_carries(tax: Taxonomy) -> None:
    assert "ukraine" not in tax.slugs_in("They discussed efforts to end the war.")
    assert tax.match_statements([]) == []


def test_user_file_can_declare_anaphora(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        'version = "1"\n[[topic]]\nslug = "region"\nname = "Region"\ninclude = ["hotspot"]\n'
        'anaphora = ["that place"]\n[[topic]]\nslug = "isle"\nname = "Isle"\nparent = "region"\n'
        'include = ["Isle of Ex"]\n'
    )
    t = load_taxonomy(path)
    out = t.match_statements(
        [("They went to the Isle of Ex.", 0, 0), ("They love that place.", 30, 0)]
    )
    assert {m.slug for m in out[1]} == {"isle"}
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'version = "1"\n[[topic]]\nslug = "x"\nname = "X"\ninclude = ["a"]\nanaphora = [" b"]\n'
    )
    with pytest.raises(TaxonomyError, match="anaphora"):
        load_taxonomy(bad)


# General vocabulary and inflections added from the topic descriptions.
VOCABULARY_POSITIVE = [
    ("Thousands of families fled the fighting.", "migration"),
    ("The people displaced by the storm need shelter.", "migration"),
    ("Neighbouring states offered to mediate between the parties.", "regions-and-conflicts"),
    ("The truce has held for a week.", "regions-and-conflicts"),
    ("They welcomed the peace agreement signed last month.", "regions-and-conflicts"),
    ("A fair global order needs reform.", "international-order"),
    ("They respect international rules and norms.", "international-order"),
    ("The world faces changes unseen in a century.", "international-order"),
    ("They agreed to strengthen communication at all levels.", "diplomacy"),
    ("Regular visits to each other's capitals were planned.", "diplomacy"),
    ("We are stronger when we are working together.", "bilateral-relations"),
    ("They praised the growing political mutual trust.", "bilateral-relations"),
    ("Friendly feelings between our peoples run deep.", "people-to-people"),
]


@pytest.mark.parametrize(("text", "slug"), VOCABULARY_POSITIVE)
def test_general_vocabulary(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug in tax.slugs_in(text)


VOCABULARY_NEGATIVE = [
    ("They are working together to expand clean energy.", "bilateral-relations"),
    ("They are working closely on vaccine supply.", "bilateral-relations"),
]


@pytest.mark.parametrize(("text", "slug"), VOCABULARY_NEGATIVE)
def test_general_vocabulary_leaves_sector_work_to_the_sector(
    tax: Taxonomy, text: str, slug: str
) -> None:
    assert slug not in tax.slugs_in(text)


# -------------------------------------------------------------------------- fallback phrases


def _fallback_taxonomy() -> Taxonomy:
    return Taxonomy(
        "1",
        (
            Topic(
                "ties",
                "Ties",
                include=("alliance treaty",),
                exclude=("partners in crime",),
                fallback=("partner", "work together"),
            ),
            Topic("energy", "Energy", include=("solar",)),
            Topic("region", "Region", include=("Ruritania",), anaphora=("the dispute",)),
            Topic(
                "border", "Border", parent="region", include=("checkpoint",), fallback=("fence",)
            ),
        ),
    )


FALLBACK_CASES = [
    # nothing more specific in the text: the generic word is the topic
    ("Our partners stood by us.", {"ties"}),
    ("Partners, old and new, were thanked.", {"ties"}),
    # anything more specific wins, and the generic word says nothing about the relationship
    ("Our partners in solar power stood by us.", {"energy"}),
    ("We work together on solar panels.", {"energy"}),
    ("Our partners crossed the checkpoint.", {"border"}),
    # an exclude vetoes a fallback match as it vetoes an include
    ("They were partners in crime.", set()),
    # an include of the same topic is evidence as usual
    ("The alliance treaty binds the partners.", {"ties"}),
    ("Nothing generic here.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FALLBACK_CASES)
def test_fallback_phrase_counts_only_without_other_evidence(text: str, expected: set[str]) -> None:
    t = _fallback_taxonomy()
    assert slugs(t, text) == expected
    # one statement alone: match_statements agrees with match
    assert {m.slug for m in t.match_statements([(text, 0, 0)])[0]} == expected


def test_fallback_evidence_is_the_first_generic_word() -> None:
    t = _fallback_taxonomy()
    text = "We work together with our partners."
    assert t.match(text, offset=10) == (TopicMatch("ties", 13, 26),)


def test_carried_topic_is_other_evidence_and_fallbacks_are_not_carried() -> None:
    t = _fallback_taxonomy()
    # the anaphor carries the region over, so the generic word does not count
    out = _tag_paragraphs(t, [["They discussed Ruritania.", "Our partners ended the dispute."]])
    assert out == [{"region"}, {"region"}]
    # a fallback tag is the weakest evidence: nothing inherits it
    out = _tag_paragraphs(t, [["The fence was quiet.", "Both sides ended the dispute."]])
    assert out == [{"border"}, set()]


def test_user_file_can_declare_fallback_phrases(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        'version = "u"\nextends = "builtin"\n[[topic]]\nslug = "arctic"\nname = "Arctic"\n'
        'include = ["Arctic"]\nfallback = ["the ice"]\n',
    )
    t = load_taxonomy(p)
    assert t.slugs_in("The ice is thinning.") == ("arctic",)
    assert "arctic" not in t.slugs_in("The ice is thinning on the gas pipeline route.")
    bad = write(
        tmp_path,
        'version = "1"\n[[topic]]\nslug = "x"\nname = "X"\ninclude = ["a"]\nfallback = ["b "]\n',
    )
    with pytest.raises(TaxonomyError, match="fallback"):
        load_taxonomy(bad)


# Shipped fallback vocabulary: relationship and contact words that count on their own only.
SHIPPED_FALLBACK_POSITIVE = [
    ("Our two nations have always been allies.", "bilateral-relations"),
    ("Cooperation between us keeps growing in every area.", "bilateral-relations"),
    ("We are proud to work together.", "bilateral-relations"),
    ("It is a mutually beneficial arrangement.", "bilateral-relations"),
    ("The two sides agreed to maintain regular contact.", "diplomacy"),
    ("He praised the deepening engagement of both sides.", "diplomacy"),
]
SHIPPED_FALLBACK_NEGATIVE = [
    ("Our partners in the energy transition deserve support.", "bilateral-relations"),
    ("Cooperation on counterterrorism will deepen.", "bilateral-relations"),
    ("They stayed in contact with the families of the hostages.", "diplomacy"),
    ("She thanked the Minister of International Relations and Cooperation.", "bilateral-relations"),
]


@pytest.mark.parametrize(("text", "slug"), SHIPPED_FALLBACK_POSITIVE)
def test_shipped_fallback_positive(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug in slugs(tax, text)


@pytest.mark.parametrize(("text", "slug"), SHIPPED_FALLBACK_NEGATIVE)
def test_shipped_fallback_gives_way_to_specific_topics(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug not in slugs(tax, text)


# -------------------------------------------------------------------------- meeting clauses

MEETING_CLAUSES = [
    # who met whom, where: no topic at all
    (
        "The President met today with Prime Minister Adams of Iraq on the margins of the "
        "annual summit in Vienna.",
        set(),
    ),
    ("The Secretary spoke today with the Secretary General of NATO.", set()),
    ("The Minister met with her counterpart at the APEC leaders' week in Lima.", set()),
    # the purpose after the clause is evidence as usual
    (
        "The Secretary spoke by phone with the Secretary General of NATO to discuss energy "
        "supplies.",
        {"energy"},
    ),
    (
        "The Minister held talks with her Ukrainian counterpart about the war in Ukraine.",
        {"ukraine"},
    ),
    (
        "He had a telephone conversation with the President of Iran, during which they "
        "discussed gas deliveries.",
        {"gas"},
    ),
    ("She met with the Mayor of Kyiv on rebuilding the power grid.", {"energy"}),
    # words before the meeting verb are not part of the clause
    ("He said the war in Ukraine met with universal condemnation.", {"ukraine"}),
    # no meeting verb with "with": nothing is vetoed
    ("He met the Iraqi delegation's demands.", {"middle-east"}),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_CLAUSES)
def test_meeting_clause_is_no_evidence(tax: Taxonomy, text: str, expected: set[str]) -> None:
    assert slugs(tax, text) == expected


# ------------------------------------------------------------ titles and occasions, not topics

TITLES_AND_OCCASIONS = [
    # a portfolio in a title says who someone is, not what was discussed
    (
        "He led a delegation including Health Minister Shane Reti and Climate Change Minister "
        "Simon Watts.",
        set(),
    ),
    ("She is also expected to meet Minister of Industry and Trade Denis Manturov.", {"diplomacy"}),
    ("The Minister of Interior and Public Security attended.", set()),
    ("The former finance czar took charge of the ministry.", set()),
    ("The defence minister arrived in Manila.", set()),
    ("U.S. Trade Representative Katherine Tai joined the call.", set()),
    (
        "Director-General of the International Atomic Energy Agency Rafael Grossi and the "
        "minister held a discussion on the talks.",
        set(),
    ),
    # an organisation named only as the occasion, however the sentence goes on
    ("The discussion took place on the sidelines of the 26th OSCE Ministerial Council.", set()),
    (
        "On the sidelines of the SCO summit, the two leaders discussed trade.",
        {"trade"},
    ),
    # the same words outside a title are evidence
    ("They discussed trade and industry.", {"trade", "economy"}),
    (
        "The trade ministers discussed the security of the region and climate change.",
        {"security", "climate"},
    ),
    # a chairmanship is a topic, not a title: "ASEAN Chair"
    ("They discussed support for Cambodia's year as ASEAN Chair.", {"asean"}),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_AND_OCCASIONS)
def test_titles_and_occasions_are_no_evidence(tax: Taxonomy, text: str, expected: set[str]) -> None:
    assert slugs(tax, text) == expected


def test_meeting_clause_leaves_the_later_mention_as_evidence(tax: Taxonomy) -> None:
    text = "Biden spoke with President Saleh of Iraq to discuss Iraq's elections."
    [iraq] = [m for m in tax.match(text) if m.slug == "middle-east"]
    assert iraq.start == text.rindex("Iraq")


# General domain vocabulary (terms a specialist would list for the topic).
DOMAIN_VOCABULARY = [
    ("He wished her a happy birthday.", "congratulations"),
    ("Gender-based violence must end.", "human-rights"),
    ("The co-chairs of the Minsk Group issued a statement.", "regions-and-conflicts"),
    ("Work on the demarcation of the border continues.", "regions-and-conflicts"),
    ("A million doses arrived last week.", "health"),
    ("They pledged to protect the ocean from plastic pollution.", "climate"),
    ("The orchestra gave a concert of Russian music.", "culture"),
    ("Firearms trafficking fuels violence.", "security"),
    ("Counter-drug programmes were expanded.", "counternarcotics"),
    ("NASA will train the astronauts.", "technology"),
    ("The country will export more wheat.", "trade"),
    ("A rule-based order serves small states.", "international-order"),
]


@pytest.mark.parametrize(("text", "slug"), DOMAIN_VOCABULARY)
def test_domain_vocabulary(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug in slugs(tax, text)


DOMAIN_VOCABULARY_NEGATIVE = [
    ("New export controls on chips were announced.", "trade"),  # export-controls, not trade
    ("Their financing of the clinic was praised.", "finance"),  # funding a thing is not finance
]


@pytest.mark.parametrize(("text", "slug"), DOMAIN_VOCABULARY_NEGATIVE)
def test_domain_vocabulary_negative(tax: Taxonomy, text: str, slug: str) -> None:
    assert slug not in slugs(tax, text)


# ---------------------------------------------------------------------------- matcher internals

_CHECK_PHRASES = [
    "security",
    "security council",
    "security-council reform",
    "securities",
    "sea",
    "seas",
    "non-proliferation",
    "non proliferation treaty",
    "democracy",
    "democracy promotion",
]
_CHECK_TEXTS = [
    "security council",
    "Security  Council reform",
    "security-council reforms",
    "securitycouncil reform",
    "security councils",
    "securities",
    "seas and sea",
    "nonproliferation treaty",
    "non - proliferation treaties",
    "democracies",
    "democracy promotions",
    "democracy-promotion",
    "securit",
]


@pytest.mark.parametrize("text", _CHECK_TEXTS)
def test_check_reports_every_phrase_its_own_regex_finds(text: str) -> None:
    """A check (chains of atoms inlined, literal children in one alternation) sets the group of
    exactly the phrases whose own regex matches at the position, with the same end."""
    import re

    from dipdb.topics import _check, _pattern_atoms, _phrase_regex

    phrases = [(_pattern_atoms(p), ((p, 0),)) for p in _CHECK_PHRASES]
    regex, owners, _ = _check(phrases, False)
    low = text.lower()
    m = regex.match(low)
    got = set()
    if m is not None:
        got = {(owners[n][0][0], m.end(n)) for n, g in enumerate(m.groups(), 1) if g is not None}
    want = set()
    for p in _CHECK_PHRASES:
        own = re.match(_phrase_regex(p), low)
        if own is not None:
            want.add((p, own.end()))
    assert got == want


def test_case_sensitive_phrases_are_checked_by_their_first_character() -> None:
    tax = Taxonomy(
        "1",
        (
            Topic("quad", "Quad", include=("Quad", "quad summit")),
            Topic("other", "Other", include=("Quad bike",)),
        ),
    )
    assert tax.slugs_in("the quad summit and the Quad") == ("quad",)
    assert [(m.slug, m.start) for m in tax.match("quad bikes, a Quad bike")] == [
        ("other", 14),
        ("quad", 14),
    ]
    matcher = tax._matcher
    lower_only = matcher._checks_for("quad", "q")
    assert [sensitive for _, _, sensitive in lower_only] == [False]
    assert [sensitive for _, _, sensitive in matcher._checks_for("quad", "Q")] == [False, True]
