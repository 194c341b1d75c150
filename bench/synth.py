"""Generate realistic SYNTHETIC diplomatic readouts for benchmarking dipdb.

Why: the real corpus (../shared/corpus) has a few hundred articles, too few to measure how the
loader, the database and the queries scale, and it may not be copied into the project. This
script writes any number of invented articles in the same format (first line
`` date YYYY-MM-DD Title``, paragraphs separated by one blank line, UTF-8) that exercise the same
attribution phenomena: full names with titles, later short forms, "the Secretary", pronouns,
trailing attributions, joint subjects, direct quotations in curly and straight quotes, clause
splits, agentless passives, narrative sentences, datelines, and transcripts with speaker labels.

Every person is invented (a fixed pool of about 300 leaders and ministers built from the seed, who
recur across articles and change office over 2019-2026); the countries are real, so that dipdb's
country, demonym and capital tables do their work. All templates and vocabularies are written
for this script; nothing is taken from the corpus.

Run from a checkout:

    .venv/bin/python bench/synth.py /tmp/synth --count 10000 --seed 1
    .venv/bin/python bench/synth.py /tmp/synth --count 500 --seed 1 --check 200

Output is deterministic: article ``i`` depends only on the seed and ``i`` (so the first 100
articles of ``--count 10000`` equal those of ``--count 100``), and articles are written one at a
time. Totals (articles, paragraphs, sentences, bytes) go to stderr. ``--check K`` then parses the
first K files with dipdb's parser and prints how many speech statements got a speaker.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# ============================================================================================
# names (invented combinations; family-name-first for Chinese, Korean and Vietnamese)

_NAMES: dict[str, tuple[str, str, str]] = {
    # region: (male given names, female given names, family names)
    "anglo": (
        "Harlan Desmond Garrett Malcolm Rowan Everett Duncan Fletcher Lionel Warren Conrad Silas",
        "Marian Celia Judith Rosalind Harriet Noreen Vivian Adele Lorna Bridget Helena Maxine",
        "Whitcombe Ashdown Pennington Gilchrist Holloway Marsh Fairbairn Tillman Radcliffe Stroud "
        "Kellaway Dunmore Prescott Ormsby Hartigan Waverley Caldwell Ebbing Lockridge Amberley "
        "Thornbury Quarles Merriwether Blakeslee Cordell Hathaway Kincaid Winslow Pemberton "
        "Ridgeway Sutcliffe Tremaine Vance-Hollis Wetherby Ashcombe Galloway Dorsey Lamont",
    ),
    "fr": (
        "Amaury Bastien Thibault Gaspard Aurelien Lucien Benoit Edouard Remi",
        "Solenne Albane Clemence Oriane Mathilde Eloise Segolene Maelle",
        "Vautrin Delacroix Morvan Lefranc Castelain Duvernoy Marchal Roussel Berthier Fontenay",
    ),
    "de": (
        "Matthias Konrad Detlef Volker Reinhold Tobias Frieder Gunther Lennart",
        "Annegret Heike Ulrike Dorothea Sabine Friederike Gesine Katrin",
        "Brenner Falkenrath Weidinger Hollmann Steinbach Kessler Ruhland Tiedemann Vogelsang",
    ),
    "it": (
        "Raffaele Ottavio Fabrizio Leonardo Massimo Giacomo Ettore Corrado",
        "Ludovica Benedetta Ornella Rosaria Fiorella Chiara Serena",
        "Marchetti Benvenuti Carrozza Salvemini Orlandini Pellegrino Tedeschi Valsecchi",
    ),
    "es": (
        "Rodrigo Esteban Ignacio Gonzalo Alejandro Emiliano Joaquin Sebastian Arturo Tomas",
        "Ximena Valentina Lucia Mercedes Guadalupe Catalina Paloma Rocio Itziar",
        "Arriaga Villanueva Echeverri Bustamante Sandoval Quiroga Montalvo Irigoyen Cardenal "
        "Solorzano Peralta Ocampo",
    ),
    "pt": (
        "Anselmo Teodoro Rogerio Vinicius Otavio Heitor Renato",
        "Conceicao Iracema Rosangela Marisa Leticia Graca",
        "Albuquerque Figueiredo Cavalcanti Medeiros Bragança Siqueira Toledo",
    ),
    "nl": (
        "Pieter Joost Maarten Wouter Bram Sander Floris",
        "Ineke Marieke Femke Anouk Liesbeth Saskia",
        "Verhagen van_Dalen Hoekstra Brouwer Dijkgraaf Terpstra Claessens Vermeulen",
    ),
    "nordic": (
        "Henrik Torbjorn Espen Mikael Rasmus Anders Jarmo Olli Leif",
        "Sigrid Linnea Ingrid Astrid Maija Tuulikki Kirsten Solveig",
        "Lindqvist Halvorsen Strandberg Virtanen Koskela Nyholm Bergstrom Rasmussen Aaltonen",
    ),
    "ru": (
        "Arkady Vsevolod Gennady Timofey Stanislav Yevgeny Rodion Gleb Matvey",
        "Ludmila Zinaida Raisa Yelena Svetlana Varvara",
        "Voronin Belyaev Zhuravlev Sokolovsky Yermolov Lisitsyn Kuzmichev Obraztsov Goncharov",
    ),
    "slavic": (
        "Rostislav Yaroslav Miroslav Bogdan Oleksiy Taras Dragan Vuk",
        "Oksana Milena Vesna Halyna Dragana",
        "Korolenko Kovalchuk Dragovic Petrenko Marinkovic Hrytsenko Stojanovic Bondarchuk",
    ),
    "pl": (
        "Zbigniew Radoslaw Tadeusz Jaroslaw Wojciech Lukasz",
        "Malgorzata Jadwiga Agnieszka Bozena Dorota",
        "Wisniewski Kaczmarek Zielinski Domanski Przybylski Sobczak",
    ),
    "zh": (
        "Weiming Jianguo Haoran Zhenhua Guoliang Yongkang Dewei Shaohua Tianming Junhui",
        "Xiuying Meiling Huifang Yanmei Lixia Shuhua Jingwen",
        "Wang Zhang Liu Chen Zhao Huang Zhou Sun Gao Lin Guo Luo Liang Song Zheng Tang Feng",
    ),
    "ko": (
        "Jaewon Minho Sunghoon Dongwook Taeyang Youngsoo Hyunwoo",
        "Jiwon Soyeon Haeun Minji Eunbi Seoyoung",
        "Park Choi Kang Cho Chung Han",
    ),
    "vi": (
        "Van_Thanh Duc_Minh Quang_Huy Tuan_Long Huu_Phuoc",
        "Thi_Lan Thi_Hoa Ngoc_Anh Thu_Trang Bich_Ngoc",
        "Nguyen Tran Pham Vo Phan",
    ),
    "ja": (
        "Haruto Kenji Takumi Masaru Yoshiro Daisuke Hiroaki",
        "Akiko Naoko Yumiko Haruka Chiaki Sayuri",
        "Morikawa Takeda Ishibashi Fujimura Kuroda Nakagawa Shimizu Onodera",
    ),
    "south_asia": (
        "Arvind Rajesh Sanjeev Vikram Imran Farhan Kamal Devendra Harish",
        "Sunita Meenakshi Farzana Lakshmi Nandini Ayesha Rukhsana",
        "Raghavan Mehrotra Chaudhry Bhattacharya Qureshi Deshpande Malik Iyer Siddiqui",
    ),
    "sea": (
        "Budi Hartono Ahmad Rizal Anwar Bambang Somchai Prasert Wirat",
        "Siti Dewi Nurul Ratna Kanya Suda",
        "Wibisono Santoso Hamzah Abdullah Kusuma Rahman Chaiyaporn Srisuk Prasetyo",
    ),
    "ph": (
        "Ramon Emmanuel Rolando Ferdinand Jose Alfredo",
        "Maricel Corazon Leonora Imelda Teresita",
        "Dimaculangan Villareal Magsaysay Tolentino Buenaventura Macaraeg",
    ),
    "arab": (
        "Khalid Faisal Tariq Nabil Hisham Karim Walid Samir Youssef Abdelkader Rashid",
        "Leila Nadia Samira Rania Huda Salma Dalia",
        "Al-Nahari Haddad Mansour Al-Qasimi Bensalem Khatib El-Amrani Saadi Al-Hashimi Touati "
        "Farouk Bouzid",
    ),
    "persian": (
        "Dariush Kourosh Mehrdad Behzad Farhad Saeed",
        "Shirin Parvaneh Mahnaz Ladan",
        "Tavakoli Rahimzadeh Jafari Moradi Kazemi Sohrabi",
    ),
    "turkic": (
        "Murat Kemal Serdar Timur Erlan Askar Nurlan Ilham Rustam Bakhtiyor",
        "Aylin Gulnara Zarina Dilnoza Elif Saule",
        "Demirtas Yildirim Aksoy Nurpeisov Abdullayev Tokayev Karimbekov Aliyev Kocabas Seitkali",
    ),
    "caucasus": (
        "Levan Giorgi Tigran Armen Davit Zurab",
        "Nino Anahit Tamar Lilit",
        "Kvaratskhelia Hovhannisyan Beridze Sargsyan Lomidze Petrosyan",
    ),
    "greek": (
        "Stavros Kyriakos Dimitrios Evangelos Spyros",
        "Eleni Theodora Katerina Despina",
        "Papadakis Karamanlis Stavridis Kontogiannis Vlachos",
    ),
    "east_eu": (
        "Laszlo Gabor Sorin Dragos Istvan Mircea",
        "Eszter Ioana Zsuzsanna Andreea Reka",
        "Horvath Szabo Ionescu Popescu Balogh Constantinescu Toth",
    ),
    "african": (
        "Kwame Olusegun Tendai Kofi Babajide Mamadou Tesfaye Jomo Thabo Abiodun Ousmane Kipchoge",
        "Amara Ngozi Wanjiru Adwoa Folasade Aminata Lindiwe Makeda",
        "Mensah Adeyemi Okonkwo Mwangi Diallo Boateng Ndlovu Kamau Sow Tadesse Abubakar Nkosi "
        "Owusu Ochieng",
    ),
    "hebrew": (
        "Eitan Yoav Amnon Gideon Uriel",
        "Orly Tamar Michal Yael",
        "Ben-Ami Halevi Rosenthal Shamir Katznelson",
    ),
    "mongol": (
        "Batbayar Ganbold Enkhbat Tsogt",
        "Oyuntsetseg Sarangerel Enkhjargal",
        "Batsaikhan Dorjsuren Ganzorig",
    ),
}
_FAMILY_FIRST_REGIONS = frozenset({"zh", "ko", "vi"})


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    family: str
    female: bool
    family_first: bool = False
    middle: str = ""

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        mid = f" {self.middle}" if self.middle else ""
        return f"{self.given}{mid} {self.family}"

    @property
    def plain(self) -> str:
        """Given and family name without a middle initial (Kremlin style, speaker labels)."""
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    @property
    def short(self) -> str:
        return self.family

    @property
    def he(self) -> str:
        return "She" if self.female else "He"

    @property
    def his(self) -> str:
        return "her" if self.female else "his"


# ============================================================================================
# countries (real), with their offices


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    demonym: str
    capital: str
    region: str
    leader: str  # title of the head of state or government the readouts deal with
    second: str | None = None  # another office with a counterpart title
    fm: str = "Foreign Minister"
    the: bool = False

    @property
    def ref(self) -> str:
        return f"the {self.name}" if self.the else self.name

    @property
    def Ref(self) -> str:  # capitalised form for sentence starts
        return f"The {self.name}" if self.the else self.name


_COUNTRY_ROWS = """
*United States|American|Washington|anglo|President|Vice President|Secretary of State
Russia|Russian|Moscow|ru|President|Prime Minister|Foreign Minister
China|Chinese|Beijing|zh|President|Premier|Foreign Minister
Japan|Japanese|Tokyo|ja|Prime Minister||Foreign Minister
South Korea|South Korean|Seoul|ko|President|Prime Minister|Foreign Minister
Vietnam|Vietnamese|Hanoi|vi|President|Prime Minister|Foreign Minister
India|Indian|New Delhi|south_asia|Prime Minister|President|External Affairs Minister
Pakistan|Pakistani|Islamabad|south_asia|Prime Minister||Foreign Minister
Indonesia|Indonesian|Jakarta|sea|President||Foreign Minister
*Philippines|Philippine|Manila|ph|President||Foreign Secretary
Thailand|Thai|Bangkok|sea|Prime Minister||Foreign Minister
Malaysia|Malaysian|Kuala Lumpur|sea|Prime Minister||Foreign Minister
Singapore|Singaporean|Singapore|zh|Prime Minister||Foreign Minister
Australia|Australian|Canberra|anglo|Prime Minister||Foreign Minister
New Zealand|New Zealand|Wellington|anglo|Prime Minister||Foreign Minister
Canada|Canadian|Ottawa|anglo|Prime Minister||Foreign Minister
Mexico|Mexican|Mexico City|es|President||Foreign Secretary
Brazil|Brazilian|Brasilia|pt|President||Foreign Minister
Argentina|Argentine|Buenos Aires|es|President||Foreign Minister
Chile|Chilean|Santiago|es|President||Foreign Minister
Colombia|Colombian|Bogota|es|President||Foreign Minister
Peru|Peruvian|Lima|es|President||Foreign Minister
*United Kingdom|British|London|anglo|Prime Minister||Foreign Secretary
France|French|Paris|fr|President|Prime Minister|Foreign Minister
Germany|German|Berlin|de|Chancellor|President|Foreign Minister
Italy|Italian|Rome|it|Prime Minister|President|Foreign Minister
Spain|Spanish|Madrid|es|Prime Minister||Foreign Minister
*Netherlands|Dutch|The Hague|nl|Prime Minister||Foreign Minister
Belgium|Belgian|Brussels|nl|Prime Minister||Foreign Minister
Poland|Polish|Warsaw|pl|President|Prime Minister|Foreign Minister
Ukraine|Ukrainian|Kyiv|slavic|President|Prime Minister|Foreign Minister
Belarus|Belarusian|Minsk|ru|President||Foreign Minister
Kazakhstan|Kazakh|Astana|turkic|President||Foreign Minister
Uzbekistan|Uzbek|Tashkent|turkic|President||Foreign Minister
Azerbaijan|Azerbaijani|Baku|turkic|President||Foreign Minister
Armenia|Armenian|Yerevan|caucasus|Prime Minister|President|Foreign Minister
Georgia|Georgian|Tbilisi|caucasus|Prime Minister||Foreign Minister
Turkey|Turkish|Ankara|turkic|President||Foreign Minister
Greece|Greek|Athens|greek|Prime Minister||Foreign Minister
Sweden|Swedish|Stockholm|nordic|Prime Minister||Foreign Minister
Finland|Finnish|Helsinki|nordic|President|Prime Minister|Foreign Minister
Norway|Norwegian|Oslo|nordic|Prime Minister||Foreign Minister
Denmark|Danish|Copenhagen|nordic|Prime Minister||Foreign Minister
Austria|Austrian|Vienna|de|Chancellor||Foreign Minister
Hungary|Hungarian|Budapest|east_eu|Prime Minister||Foreign Minister
Romania|Romanian|Bucharest|east_eu|President||Foreign Minister
Serbia|Serbian|Belgrade|slavic|President||Foreign Minister
Israel|Israeli|Jerusalem|hebrew|Prime Minister|President|Foreign Minister
Egypt|Egyptian|Cairo|arab|President||Foreign Minister
Saudi Arabia|Saudi|Riyadh|arab|Crown Prince||Foreign Minister
*United Arab Emirates|Emirati|Abu Dhabi|arab|President||Foreign Minister
Qatar|Qatari|Doha|arab|Emir|Prime Minister|Foreign Minister
Jordan|Jordanian|Amman|arab|King|Prime Minister|Foreign Minister
Iran|Iranian|Tehran|persian|President||Foreign Minister
Iraq|Iraqi|Baghdad|arab|Prime Minister||Foreign Minister
South Africa|South African|Pretoria|african|President||Foreign Minister
Nigeria|Nigerian|Abuja|african|President||Foreign Minister
Kenya|Kenyan|Nairobi|african|President||Foreign Minister
Ethiopia|Ethiopian|Addis Ababa|african|Prime Minister||Foreign Minister
Ghana|Ghanaian|Accra|african|President||Foreign Minister
Senegal|Senegalese|Dakar|african|President||Foreign Minister
Morocco|Moroccan|Rabat|arab|Prime Minister||Foreign Minister
Algeria|Algerian|Algiers|arab|President||Foreign Minister
Mongolia|Mongolian|Ulaanbaatar|mongol|President||Foreign Minister
Cuba|Cuban|Havana|es|President||Foreign Minister
Venezuela|Venezuelan|Caracas|es|President||Foreign Minister
"""


def _countries() -> list[Country]:
    out = []
    for row in _COUNTRY_ROWS.strip().splitlines():
        name, dem, cap, region, leader, second, fm = row.split("|")
        the = name.startswith("*")
        out.append(Country(name.lstrip("*"), dem, cap, region, leader, second or None, fm, the=the))
    return out


COUNTRIES: list[Country] = _countries()
_BY_NAME = {c.name: c for c in COUNTRIES}
US = _BY_NAME["United States"]
RU = _BY_NAME["Russia"]
FOREIGN = [c for c in COUNTRIES if c not in (US, RU)]

START = dt.date(2019, 1, 1)
END = dt.date(2026, 12, 31)
_SPAN = (END - START).days


@dataclass(slots=True)
class Office:
    """Who held one office when: ``terms`` is a list of (first day, holder), sorted by date."""

    terms: list[tuple[dt.date, Person]] = field(default_factory=list)

    def at(self, day: dt.date) -> Person:
        holder = self.terms[0][1]
        for start, person in self.terms:
            if start > day:
                break
            holder = person
        return holder


def _feminine(family: str, region: str) -> str:
    """The form a family name takes for a woman in Russian, Polish and Central Asian usage."""
    if region in ("ru", "turkic") and family.endswith(("ov", "ev", "in", "yn")):
        return family + "a"
    if family.endswith("sky"):
        return family[:-1] + "aya"
    if region == "pl" and family.endswith("ski"):
        return family[:-1] + "a"
    return family


class World:
    """The invented people of all countries and the offices they hold over 2019-2026."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"synth-world:{seed}")
        self._used: set[str] = set()
        self._families: set[str] = set()
        self.offices: dict[tuple[str, str], Office] = {}
        fixed = {
            # fixed terms for the home governments (US terms follow inauguration days)
            ("United States", "President"): [START, dt.date(2021, 1, 20), dt.date(2025, 1, 20)],
            ("United States", "Vice President"): [
                START,
                dt.date(2021, 1, 20),
                dt.date(2025, 1, 20),
            ],
            ("United States", "Secretary of State"): [
                START,
                dt.date(2021, 1, 26),
                dt.date(2025, 1, 21),
            ],
            ("United States", "Deputy Secretary of State"): [START, dt.date(2021, 4, 14)],
            ("United States", "National Security Advisor"): [
                START,
                dt.date(2021, 1, 20),
                dt.date(2025, 1, 20),
            ],
            ("United States", "Spokesperson"): [START, dt.date(2021, 1, 20), dt.date(2023, 5, 1)],
            ("Russia", "President"): [START],
            ("Russia", "Foreign Minister"): [START],
            ("Russia", "Aide to the President"): [START],
            ("Russia", "Prime Minister"): [START, dt.date(2020, 1, 16)],
        }
        for country in COUNTRIES:
            titles = [country.leader, country.fm] + ([country.second] if country.second else [])
            if country is US:
                titles += ["Deputy Secretary of State", "National Security Advisor", "Spokesperson"]
            if country is RU:
                titles += ["Aide to the President"]
            for title in titles:
                starts = fixed.get((country.name, title))
                if starts is None:
                    n = rng.choice((1, 2, 2, 2, 3))
                    cuts = sorted(
                        START + dt.timedelta(days=rng.randrange(200, _SPAN - 200))
                        for _ in range(n - 1)
                    )
                    starts = [START, *cuts]
                office = Office()
                for start in starts:
                    office.terms.append((start, self._new_person(rng, country.region)))
                self.offices[(country.name, title)] = office

    def _new_person(self, rng: random.Random, region: str) -> Person:
        males, females, families = (
            [w.replace("_", " ") for w in words.split()] for words in _NAMES[region]
        )
        for attempt in range(200):
            female = rng.random() < 0.3
            given = rng.choice(females if female else males)
            family = rng.choice(families)
            if family in self._families and attempt < 40:
                continue  # prefer a family name nobody has yet, so short forms stay distinct
            middle = ""
            if region == "anglo" and rng.random() < 0.35:
                middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
            if female:
                family = _feminine(family, region)
            p = Person(given, family, female, region in _FAMILY_FIRST_REGIONS, middle)
            if p.plain not in self._used:
                self._used.add(p.plain)
                self._families.add(family)
                return p
        raise RuntimeError(f"name pool of {region} exhausted")

    def holder(self, country: Country, title: str, day: dt.date) -> Person:
        return self.offices[(country.name, title)].at(day)

    def persons(self) -> int:
        return len(self._used)


# ============================================================================================
# topics: (area, phrases). Phrases are noun phrases that fit "discussed ___".

_TOPICS: dict[str, tuple[str, ...]] = {
    "trade": (
        "bilateral trade and investment",
        "market access for agricultural exports",
        "a framework for digital trade",
        "tariffs on steel and aluminum",
        "the resilience of critical supply chains",
        "export controls on dual-use goods",
        "the expansion of trade in national currencies",
    ),
    "energy": (
        "energy security ahead of the winter",
        "LNG deliveries to European markets",
        "long-term LNG supply contracts",
        "the diversification of natural gas supplies",
        "civil nuclear energy cooperation",
        "stability on global oil markets",
        "the construction of a new gas pipeline",
    ),
    "climate": (
        "ambitious climate action before the next COP",
        "the clean energy transition",
        "cuts in methane emissions",
        "climate finance for vulnerable countries",
        "national targets for carbon neutrality",
    ),
    "health": (
        "the response to the COVID-19 pandemic",
        "fair access to COVID-19 vaccines",
        "global health security",
        "preparedness for future pandemics",
    ),
    "ukraine": (
        "Russia's war against Ukraine",
        "the situation around Ukraine",
        "implementation of the Minsk agreements",
        "security assistance for Ukraine",
        "the reconstruction of Ukraine",
        "grain exports from Black Sea ports",
    ),
    "taiwan": (
        "peace and stability across the Taiwan Strait",
        "the Taiwan question",
    ),
    "sanctions": (
        "coordinated sanctions against those responsible",
        "the impact of unilateral sanctions",
        "efforts to close loopholes in the sanctions regime",
    ),
    "arms_control": (
        "strategic stability",
        "the future of the New START treaty",
        "nuclear non-proliferation",
        "the Iranian nuclear program",
        "the denuclearization of the Korean Peninsula",
    ),
    "tech": (
        "the safe development of artificial intelligence",
        "the military use of AI",
        "secure semiconductor supply chains",
        "cooperation on critical and emerging technologies",
        "trusted 5G networks",
        "the fight against ransomware and other cyber threats",
        "critical minerals",
    ),
    "rights": (
        "human rights and fundamental freedoms",
        "the protection of journalists and civil society",
        "democratic governance and the rule of law",
        "the rights of religious and ethnic minorities",
    ),
    "multilateral": (
        "preparations for the G20 summit",
        "the agenda of the upcoming NATO summit",
        "the ASEAN-centered regional architecture",
        "reform of the UN Security Council",
        "cooperation within BRICS",
        "the work of the Shanghai Cooperation Organisation",
        "the G7 priorities for the year",
        "integration within the Eurasian Economic Union",
    ),
    "food": (
        "global food security",
        "fertilizer shipments to developing countries",
        "grain supplies to African countries",
    ),
    "migration": (
        "irregular migration in the Western Hemisphere",
        "humanitarian assistance for refugees",
        "the root causes of migration",
    ),
    "mideast": (
        "the humanitarian situation in Gaza",
        "a durable ceasefire in Gaza",
        "the situation in Syria",
        "freedom of navigation in the Red Sea",
        "the normalization of relations in the Middle East",
    ),
    "security": (
        "defense cooperation",
        "maritime security in the Indo-Pacific",
        "counterterrorism cooperation",
        "the security situation in the Sahel",
        "the situation in Afghanistan",
        "tensions in the South China Sea",
    ),
    "economy": (
        "the outlook for the global economy",
        "debt relief for low-income countries",
        "investment in quality infrastructure",
        "inflation and high energy prices",
        "financial cooperation between the central banks",
    ),
    "people": (
        "cultural and educational exchanges",
        "the resumption of direct flights",
        "joint space exploration projects",
        "tourism and people-to-people ties",
    ),
}
_AREAS = tuple(_TOPICS)


# ============================================================================================
# article context and writing helpers


@dataclass(slots=True)
class Actor:
    person: Person
    title: str
    country: Country
    home: bool = False
    mentioned: bool = False


@dataclass(slots=True)
class Ctx:
    """Everything one article needs: its RNG, date, cast and the referring state."""

    rng: random.Random
    world: World
    published: dt.date
    met: dt.date
    host: Actor
    guest: Actor
    areas: list[str]
    style: str = "wh"  # wh, state or kremlin: how people are referred to
    qo: str = "“"
    qc: str = "”"
    apos: str = "’"
    last: Actor | None = None  # the single-person subject of the previous sentence
    decks: dict[int | str, list[str]] = field(default_factory=dict)

    def pick(self, items: Sequence[str]) -> str:
        """Draw from ``items`` without repeating until all have been used in this article."""
        deck = self.decks.get(id(items))
        if not deck:
            deck = list(items)
            self.rng.shuffle(deck)
            self.decks[id(items)] = deck
        return deck.pop()

    # -- topics -----------------------------------------------------------------------------
    def topic(self) -> str:
        area = self.rng.choice(self.areas) if self.rng.random() < 0.85 else self.rng.choice(_AREAS)
        phrase = self.rng.choice(_TOPICS[area])
        return phrase.replace("'", self.apos)

    def topics(self) -> str:
        a, b = self.topic(), self.topic()
        while b == a:
            b = self.topic()
        if self.rng.random() < 0.4:
            c = self.topic()
            if c not in (a, b):
                return f"{a}, {b}, and {c}"
        return f"{a} and {b}"

    # -- when -------------------------------------------------------------------------------
    def when(self) -> str:
        gap = (self.published - self.met).days
        if gap == 0:
            return "today"
        if gap == 1 and self.rng.random() < 0.5:
            return "yesterday"
        if self.rng.random() < 0.7:
            return "on " + self.met.strftime("%A")
        return f"on {self.met.strftime('%B')} {self.met.day}"

    # -- referring to people ------------------------------------------------------------------
    def other(self, a: Actor) -> Actor:
        return self.guest if a is self.host else self.host

    def first(self, a: Actor) -> str:
        """A first mention: title, full name and (for foreigners) the country."""
        a.mentioned = True
        p = a.person
        if self.style == "kremlin":
            if a.home and a.title == "President":
                return p.plain
            return f"{a.title} of {a.country.ref} {p.plain}"
        if a.home or a.country is US:
            return f"{a.title} {p.full}"
        if self.rng.random() < 0.5:
            return f"{a.title} {p.full} of {a.country.ref}"
        return f"{a.country.demonym} {a.title} {p.full}"

    def subj(self, a: Actor, allow_pronoun: bool = True) -> str:
        """A mention in subject position at the start of a sentence; a pronoun only when the
        previous sentence had the same single subject."""
        if not a.mentioned:
            return self.first(a)
        r = self.rng.random()
        p = a.person
        if allow_pronoun and self.last is a and r < 0.35:
            return p.he
        if self.style == "kremlin":
            if r < 0.55:
                return p.plain
            if a.home:
                return self.rng.choice(("The Russian President", "The President of Russia"))
            return self.rng.choice(
                (f"The {a.title} of {a.country.ref}", f"The {a.country.demonym} {a.title}")
            )
        if a.home and r < 0.6:
            return f"The {short_title(a.title)}"
        return f"{short_title(a.title)} {p.short}"

    def obj(self, a: Actor) -> str:
        """A mention in object position (never a pronoun)."""
        if not a.mentioned:
            return self.first(a)
        if self.style == "kremlin":
            if self.rng.random() < 0.5:
                return a.person.plain
            return "his counterpart" if not self.other(a).person.female else "her counterpart"
        if a.home and self.rng.random() < 0.5:
            return f"the {short_title(a.title)}"
        return f"{short_title(a.title)} {a.person.short}"

    def named(self, a: Actor) -> str:
        """A mention by name (no pronoun, no bare title), e.g. after "and" in a clause split."""
        if not a.mentioned:
            return self.first(a)
        if self.style == "kremlin":
            return a.person.plain
        return f"{short_title(a.title)} {a.person.short}"

    def leader_of(self, a: Actor) -> str:
        """The head of ``a``'s government, named as a third party ("President Whitcombe")."""
        country = a.country
        p = self.world.holder(country, country.leader, self.met)
        key = f"leader:{country.name}"
        if key in self.decks:
            return f"{country.leader} {p.short}"
        self.decks[key] = []
        return f"{country.leader} {p.full}"

    def quote(self, text: str) -> str:
        return f"{self.qo}{text}{self.qc}"


def short_title(title: str) -> str:
    return {
        "Secretary of State": "Secretary",
        "Deputy Secretary of State": "Deputy Secretary",
        "External Affairs Minister": "Minister",
    }.get(title, title)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def low(s: str) -> str:
    """Lower-case a subject for use after a quote ("he said"), keeping names capitalised."""
    if s in ("He", "She", "They") or s.startswith(("The ", "Both ")):
        return s[:1].lower() + s[1:]
    return s


# ============================================================================================
# clause builders (third-person content)

_THAT_VERBS = (
    "noted",
    "stressed",
    "emphasized",
    "underscored",
    "made clear",
    "said",
    "reiterated",
    "affirmed",
    "pointed out",
    "expressed confidence",
    "expressed hope",
    "observed",
)
_NP_VERBS: tuple[tuple[str, Callable[[Ctx, Actor], str]], ...] = (
    ("reaffirmed", lambda c, a: f"{c.rng.choice(_FIRM)} support for {c.topic()}"),
    ("welcomed", lambda c, a: f"progress on {c.topic()}"),
    ("discussed", lambda c, a: c.topics()),
    ("raised", lambda c, a: f"concerns about {c.topic()}"),
    ("underscored", lambda c, a: f"the importance of {c.topic()}"),
    ("highlighted", lambda c, a: f"the need for closer coordination on {c.topic()}"),
    ("expressed", lambda c, a: f"appreciation for cooperation on {c.topic()}"),
    ("reviewed", lambda c, a: f"recent developments regarding {c.topic()}"),
    ("outlined", lambda c, a: f"{a.person.his} approach to {c.topic()}"),
    ("briefed", lambda c, a: f"{c.obj(c.other(a))} on {c.topic()}"),
    ("informed", lambda c, a: f"{c.obj(c.other(a))} about {c.topic()}"),
    ("condemned", lambda c, a: "the recent attacks on civilian infrastructure"),
    ("called for", lambda c, a: f"renewed efforts on {c.topic()}"),
    ("conveyed", lambda c, a: f"{a.country.demonym} interest in {c.topic()}"),
)
_FIRM = ("firm", "steadfast", "continued", "strong", "unwavering")
_CLAUSES: tuple[Callable[[Ctx, Actor], str], ...] = (
    lambda c, a: f"{a.country.ref} would continue to support {c.topic()}",
    lambda c, a: f"both countries should deepen cooperation on {c.topic()}",
    lambda c, a: f"{a.country.ref} remained committed to {c.topic()}",
    lambda c, a: f"{c.topic()} required close coordination between the two governments",
    lambda c, a: f"there was considerable potential for joint work on {c.topic()}",
    lambda c, a: (
        f"the partnership between {a.country.ref} and {c.other(a).country.ref} "
        "had never been stronger"
    ),
    lambda c, a: f"progress on {c.topic()} would benefit the whole region",
    lambda c, a: f"{a.country.ref} was ready to work with all partners on {c.topic()}",
    lambda c, a: f"the two sides had made steady progress on {c.topic()} since their last contact",
)
_AGREE = (
    "to stay in close touch on {t}",
    "to deepen cooperation on {t}",
    "to task their teams with follow-up work on {t}",
    "to maintain contacts at all levels",
    "to continue consultations on {t}",
    "to hold a further round of talks on {t} later this year",
    "on the need to intensify work on {t}",
)
_QUOTES = (
    "We are determined to make real progress on {t}",
    "Our teams will keep working on {t} in the weeks ahead",
    "{C} will always stand with its partners on {t}",
    "This is a partnership built on trust, and it has never been stronger",
    "No country can meet these challenges alone",
    "We see {t} as a shared responsibility",
    "The decisions we take on {t} will matter for a generation",
    "I told my counterpart that we are ready to do more on {t}",
    "There is no substitute for talking directly, especially on {t}",
)
_OPENING_THANKS = ("leadership on", "partnership on", "hospitality and for the productive talks on")


def clause(c: Ctx, a: Actor) -> str:
    return c.rng.choice(_CLAUSES)(c, a)


def speech_sentence(c: Ctx, a: Actor) -> str:
    """One sentence in which ``a`` says something, in one of several attribution shapes."""
    rng = c.rng
    style = c.style
    r = rng.random()
    also = " also" if rng.random() < 0.15 else ""
    if r < 0.3:
        s = c.subj(a)
        out = f"{s}{also} {rng.choice(_THAT_VERBS)} that {clause(c, a)}."
    elif r < 0.56:
        verb, make = rng.choice(_NP_VERBS)
        s = c.subj(a)
        out = f"{s}{also} {verb} {make(c, a)}."
    elif r < 0.64:
        s = c.subj(a)
        o = c.obj(c.other(a))
        his = c.other(a).person.his
        out = f"{s} thanked {o} for {his} {rng.choice(_OPENING_THANKS)} {c.topic()}."
    elif r < 0.7 and style != "kremlin" and a.title != a.country.leader:
        s = c.subj(a)
        third = c.leader_of(a)
        out = (
            f"{s} conveyed {third}{c.apos}s {rng.choice(('greetings', 'warm regards'))} to "
            f"{c.obj(c.other(a))} and {rng.choice(_THAT_VERBS[:4])} that {clause(c, a)}."
        )
    elif r < 0.8:  # trailing indirect attribution
        s = c.subj(a, allow_pronoun=c.last is a)
        out = f"{cap(clause(c, a))}, {low(s)} {rng.choice(('said', 'said', 'added', 'noted'))}."
    elif r < 0.9:  # direct quote, trailing
        q = rng.choice(_QUOTES).format(t=c.topic(), C=a.country.Ref)
        s = c.subj(a, allow_pronoun=c.last is a)
        if rng.random() < 0.3 and s not in ("He", "She"):
            out = f"{c.quote(q + ',')} said {low(s)}."
        else:
            out = f"{c.quote(q + ',')} {low(s)} said."
    elif r < 0.95:  # quote introduced by the speaker
        q = rng.choice(_QUOTES).format(t=c.topic(), C=a.country.Ref)
        s = c.subj(a)
        out = f"{s} {rng.choice(('said', 'told reporters', 'added'))}: {c.quote(q + '.')}"
    else:  # mixed: indirect speech with a quoted fragment
        s = c.subj(a)
        frag = rng.choice(("a turning point", "a shared responsibility", "the top priority"))
        out = f"{s} described {c.topic()} as {c.quote(frag)}."
    c.last = a
    return out


def joint_sentence(c: Ctx) -> str:
    rng = c.rng
    style = c.style
    same = c.host.title == c.guest.title
    if style == "kremlin":
        subjects = ["The presidents" if same else "The leaders", "Both sides", "The parties"]
    elif style == "state":
        subjects = ["They", "The Secretary and the Foreign Minister", "Both sides", "The two"]
    else:
        subjects = ["They", "The two leaders", "Both sides", "The leaders"]
        if same and c.host.title in ("President", "Prime Minister"):
            subjects.append(f"The {c.host.title.lower()}s")
    if c.last is None and style != "kremlin":
        subjects.append("They")
    s = rng.choice(subjects)
    r = rng.random()
    if r < 0.28:
        out = f"{s} agreed {rng.choice(_AGREE).format(t=c.topic())}."
    elif r < 0.45:
        out = f"{s} exchanged views on {c.topics()}."
    elif r < 0.6:
        out = f"{s} {rng.choice(('discussed', 'also discussed', 'reviewed'))} {c.topics()}."
    elif r < 0.78:  # clause split: a joint clause, then one person's act
        a = rng.choice((c.host, c.guest))
        out = (
            f"{s} agreed {rng.choice(_AGREE).format(t=c.topic())}, and "
            f"{c.named(a)} thanked {c.obj(c.other(a))} for {c.other(a).person.his} "
            f"{rng.choice(_OPENING_THANKS)} {c.topic()}."
        )
        c.last = a
        return out
    else:
        verb = rng.choice(("reaffirmed", "underscored", "highlighted", "stressed"))
        out = f"{s} {verb} the importance of {c.topic()}."
    c.last = None
    return out


def passive_sentence(c: Ctx) -> str:
    rng = c.rng
    c.last = None
    return rng.choice(
        (
            lambda: f"It was agreed {rng.choice(_AGREE).format(t=c.topic())}.",
            lambda: f"The importance of {c.topic()} was underscored.",
            lambda: f"Views were exchanged on {c.topics()}.",
            lambda: f"Particular attention was paid to {c.topic()}.",
            lambda: f"It was noted that {c.topic()} remained a priority for both countries.",
            lambda: f"Issues related to {c.topic()} were also touched upon.",
            lambda: f"Satisfaction was expressed with the progress on {c.topic()}.",
            lambda: "It was agreed to maintain contact.",
        )
    )()


_SUMMITS = ("G20 summit", "UN General Assembly", "NATO summit", "East Asia Summit", "BRICS summit")


def narrative_sentence(c: Ctx) -> str:
    rng = c.rng
    c.last = None
    g = c.guest.country
    return rng.choice(
        (
            lambda: f"The call lasted about {rng.choice(('an hour', 'forty minutes'))}.",
            lambda: f"The meeting took place on the margins of the {rng.choice(_SUMMITS)}.",
            lambda: (
                f"This was their {rng.choice(('first', 'second', 'third'))} conversation this year."
            ),
            lambda: (
                f"This year marks {rng.choice(('thirty', 'fifty', 'seventy-five'))} years of "
                f"diplomatic relations between the two countries."
            ),
            lambda: (
                "Senior officials from both governments joined the discussion in "
                f"{rng.choice((g.capital, 'Geneva', 'Vienna'))}."
            ),
        )
    )()


# ============================================================================================
# article styles. Each returns (title, paragraphs as lists of sentences or raw strings).

Para = list[str]


def _cast(
    rng: random.Random, world: World, day: dt.date, home: Country, title: str, fm: bool = False
) -> tuple[Actor, Actor]:
    host = Actor(world.holder(home, title, day), title, home, home=True)
    country = rng.choice([c for c in COUNTRIES if c is not home])
    if fm:
        gtitle = country.fm
    elif country.second and rng.random() < 0.25:
        gtitle = country.second
    else:
        gtitle = country.leader
    return host, Actor(world.holder(country, gtitle, day), gtitle, country)


def _dateline(c: Ctx, place: str) -> str:
    mon = c.met.strftime("%B") if c.rng.random() < 0.5 else c.met.strftime("%b.")
    return f"{place.upper()}, {mon.replace('May.', 'May')} {c.met.day} -- "


def _body(c: Ctx, n_paras: tuple[int, int], weights: tuple[float, ...]) -> list[Para]:
    """Paragraphs of 1-4 sentences; ``weights`` are cumulative shares of host speech, guest
    speech, joint, passive (the rest is narrative)."""
    rng = c.rng
    out: list[Para] = []
    for _ in range(rng.randint(*n_paras)):
        para: Para = []
        for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4, 4))):
            r = rng.random()
            if r < weights[0]:
                para.append(speech_sentence(c, c.host))
            elif r < weights[1]:
                para.append(speech_sentence(c, c.guest))
            elif r < weights[2]:
                para.append(joint_sentence(c))
            elif r < weights[3]:
                para.append(passive_sentence(c))
            else:
                para.append(narrative_sentence(c))
        out.append(para)
    return out


def readout_wh(c: Ctx) -> tuple[str, list[Para]]:
    rng = c.rng
    h, g = c.host, c.guest
    phone = rng.random() < 0.6
    name = h.person.short if rng.random() < 0.6 else h.person.full
    title = (
        f"Readout of {h.title} {name}{c.apos}s {'Call' if phone else 'Meeting'} with "
        f"{g.title} {g.person.full} of {g.country.ref}"
    )
    where = "" if phone else f" in {rng.choice((g.country.capital, 'Washington', 'New York'))}"
    lede = f"{c.first(h)} {'spoke' if phone else 'met'} {c.when()} with {c.first(g)}{where}."
    if rng.random() < 0.1:
        lede = _dateline(c, "Washington" if phone else where[4:] or "Washington") + lede
    paras: list[Para] = [[lede]]
    paras[0].extend(speech_sentence(c, h) for _ in range(rng.choice((0, 1, 1, 2))))
    paras += _body(c, (3, 7), (0.45, 0.68, 0.9, 0.95))
    return title, paras


def readout_state(c: Ctx) -> tuple[str, list[Para]]:
    rng = c.rng
    h, g = c.host, c.guest
    phone = rng.random() < 0.5
    event = "Call" if phone else "Meeting"
    hs = short_title(h.title)
    if rng.random() < 0.5:
        gname = f"{g.country.demonym} {g.title} {g.person.short}"
        title = f"{hs} {h.person.short}{c.apos}s {event} with {gname}"
    else:
        gname = f"{g.title} {g.person.full} of {g.country.ref}"
        title = f"{hs} {h.person.full}{c.apos}s {event} with {gname}"
    spokes = c.world.holder(US, "Spokesperson", c.published)
    which = rng.choice(("following", "following", "below"))
    meta = f"The {which} is attributable to Spokesperson {spokes.full}:"
    if phone:
        lede = f"{c.first(h)} spoke {c.when()} with {c.first(g)}."
    else:
        city = rng.choice((g.country.capital, "Washington"))
        lede = f"{c.first(h)} met {c.when()} in {city} with {c.first(g)}."
    paras: list[Para] = [["Office of the Spokesperson"], [meta], [lede]]
    paras[2].extend(speech_sentence(c, h) for _ in range(rng.choice((0, 1, 2))))
    paras += _body(c, (3, 7), (0.5, 0.66, 0.92, 0.94))
    return title, paras


def readout_kremlin(c: Ctx) -> tuple[str, list[Para]]:
    rng = c.rng
    h, g = c.host, c.guest
    if rng.random() < 0.55:
        title = rng.choice(
            (
                f"Telephone conversation with {g.title} of {g.country.ref} {g.person.plain}",
                f"Telephone conversation with {g.country.demonym} {g.title} {g.person.plain}",
            )
        )
        lede = f"{c.first(h)} had a telephone conversation with {c.first(g)}."
    else:
        title = rng.choice(
            (
                f"Meeting with {g.title} of {g.country.ref} {g.person.plain}",
                f"Russian-{g.country.demonym} talks",
            )
        )
        place = rng.choice(("the Kremlin", "Sochi", "Novo-Ogaryovo", g.country.capital))
        lede = f"{c.first(h)} held talks with {c.first(g)} in {place}."
    if rng.random() < 0.1:
        lede = _dateline(c, "Moscow") + lede
    body: Para = []
    for _ in range(rng.randint(10, 21)):
        r = rng.random()
        if r < 0.35:
            body.append(speech_sentence(c, h))
        elif r < 0.55:
            body.append(speech_sentence(c, g))
        elif r < 0.72:
            body.append(joint_sentence(c))
        elif r < 0.9:
            body.append(passive_sentence(c))
        else:
            side = rng.choice(("Russian", g.country.demonym))
            verb = rng.choice(("noted", "stressed", "confirmed"))
            body.append(f"The {side} side {verb} its interest in {c.topic()}.")
            c.last = None
    if rng.random() < 0.6:
        body.append("It was agreed to maintain contact.")
    return title, [[lede], body]


# -- transcripts ------------------------------------------------------------------------------

_OPENERS = (
    "Well, it's good to see you again.",
    "Thank you for making the trip.",
    "Welcome, and thank you for coming.",
    "I'm glad we could finally meet in person.",
    "It's an honor to host you here today.",
    "Thank you very much.",
    "Let me start by thanking you for the invitation.",
    "Good afternoon, everyone.",
)
_REMARKS = (
    "We have a lot to cover today, from {t} to {u}.",
    "I want to thank you for your leadership on {t}.",
    "Our two countries have worked closely together on {t}, and I expect that to continue.",
    "I think there is real room for progress on {t}.",
    "We don't agree on everything, but we have always been able to talk frankly about {t}.",
    "Our teams have done a great deal of work on {t} over the past months.",
    "I look forward to a candid discussion about {t}.",
    "We're going to talk about {t}, and I'm confident we'll find common ground.",
    "Frankly, {t} is something none of us can afford to neglect.",
    "When we last spoke, we agreed to move faster on {t}, and we have.",
    "My government has made {t} one of its priorities for this year.",
    "There are some difficult issues on the table, including {t}.",
    "I'd also like to raise {t}, which matters a great deal to our citizens.",
    "We have just signed an agreement on {t}, and that is a real achievement.",
    "Our trade has grown, but we can do much more, especially on {t}.",
    "I appreciate the way your team has approached {t}.",
    "We're determined to keep the lines of communication open.",
    "I think we share the same view of {t}.",
    "And that's why I'm here.",
    "Let me say a few words about {t}.",
)
_QUESTIONS = (
    "What do you expect from today's discussion on {t}?",
    "Are you prepared to make any new commitments on {t}?",
    "Do you see any progress on {t}?",
    "How would you describe the state of relations right now?",
    "Will you raise {t} with your counterpart?",
    "Is there a timeline for an agreement on {t}?",
)
_STAGE = ("(Laughter.)", "(Applause.)", "(Cross-talk.)", "(Inaudible.)")


def _remark(c: Ctx, n: int, addressee: Actor | None = None) -> str:
    rng = c.rng
    out = []
    for i in range(n):
        if i == 0 and addressee is not None and rng.random() < 0.3:
            out.append(f"{short_title(addressee.title)} {addressee.person.short}, thank you.")
        elif i == 0 and rng.random() < 0.3:
            out.append(c.pick(_OPENERS))
        else:
            out.append(c.pick(_REMARKS).format(t=c.topic(), u=c.topic()))
    return " ".join(out).replace("'", c.apos)


def _caps_label(a: Actor) -> str:
    return f"{short_title(a.title).upper()} {a.person.short.upper()}:"


def _clock(rng: random.Random) -> tuple[str, str]:
    hour, minute = rng.randint(9, 17), rng.randint(0, 40)
    ampm = "A.M." if hour < 12 else "P.M."
    h12 = hour if hour <= 12 else hour - 12
    zone = rng.choice(("EST", "EDT"))
    end = minute + rng.randint(8, 19)
    return f"{h12}:{minute:02d} {ampm} {zone}", f"{h12}:{end:02d} {ampm} {zone}"


def transcript_wh(c: Ctx) -> tuple[str, list[Para]]:
    rng = c.rng
    h, g = c.host, c.guest
    title = (
        f"Remarks by {h.title} {h.person.short} and {g.title} {g.person.full} of "
        f"{g.country.ref} Before Bilateral Meeting"
    )
    venue = rng.choice(("Oval Office", "Roosevelt Room", f"{g.country.capital}, {g.country.name}"))
    start, end = _clock(rng)
    paras: list[Para] = [[venue], [start]]
    interp = rng.choice(("(As interpreted.)", "(Via interpreter)", ""))
    turn = 0
    prev: Actor | None = None
    for _ in range(rng.randint(6, 16)):
        r = rng.random()
        if r < 0.1 and turn > 0:
            paras.append([rng.choice(_STAGE)])
            continue
        if r < 0.25 and turn > 1:
            ask = rng.choice(("Mr. President, ", "", "Prime Minister, "))
            question = c.pick(_QUESTIONS).format(t=c.topic())
            if ask:
                question = question[:1].lower() + question[1:]
            paras.append([f"Q {ask}{question}".replace("'", c.apos)])
            turn += 1
            prev = None
            continue
        a = (h, g)[turn % 2] if rng.random() < 0.75 else rng.choice((h, g))
        if a is prev:
            a = c.other(a)
        prev = a
        label = _caps_label(a) + (f" {interp}" if a is g and interp else "")
        paras.append([f"{label} {_remark(c, rng.randint(1, 4), c.other(a))}"])
        for _ in range(rng.choice((0, 0, 1, 2))):  # unlabeled paragraphs continue the speaker
            paras.append([_remark(c, rng.randint(1, 3))])
        turn += 1
    paras += [["END"], [end]]
    return title, paras


def transcript_state(c: Ctx) -> tuple[str, list[Para]]:
    rng = c.rng
    h, g = c.host, c.guest
    title = (
        f"Secretary {h.person.full} and {g.country.demonym} {g.title} {g.person.full} "
        "at a Joint Press Availability"
    )
    spokes = c.world.holder(US, "Spokesperson", c.published)
    moderator = "MODERATOR:"
    if rng.random() < 0.5:
        moderator = f"{'MS' if spokes.female else 'MR'} {spokes.short.upper()}:"
    paras: list[Para] = [
        [f"{h.person.full}, Secretary of State"],
        [f"{g.country.capital}, {g.country.name}"],
        [f"{moderator} Good afternoon. Both ministers will make brief remarks and take questions."],
    ]
    for a in (g, h) if rng.random() < 0.5 else (h, g):
        label = _caps_label(a) + (" (Via interpreter)" if a is g and rng.random() < 0.5 else "")
        paras.append([f"{label} {_remark(c, rng.randint(2, 4), c.other(a))}"])
        for _ in range(rng.randint(1, 3)):
            paras.append([_remark(c, rng.randint(1, 4))])
    for _ in range(rng.randint(1, 3)):
        question = c.pick(_QUESTIONS).format(t=c.topic()).replace("'", c.apos)
        paras.append([f"QUESTION: {question}"])
        a = rng.choice((h, g))
        paras.append([f"{_caps_label(a)} {_remark(c, rng.randint(1, 4))}"])
        if rng.random() < 0.4:
            paras.append([rng.choice(_STAGE)])
            paras.append([_remark(c, rng.randint(1, 2))])
    paras.append([f"{moderator} Thank you all."])
    return title, paras


def transcript_kremlin(c: Ctx) -> tuple[str, list[Para]]:
    rng = c.rng
    h, g = c.host, c.guest
    title = f"Meeting with {g.title} of {g.country.ref} {g.person.plain}"
    place = rng.choice(("the Kremlin", "Sochi", "Novo-Ogaryovo"))
    lede = f"{h.person.plain} met with {g.title} of {g.country.ref} {g.person.plain} in {place}."
    paras: list[Para] = [[lede], [f"Beginning of Russian-{g.country.demonym} talks"]]
    first = {
        id(h): f"President of Russia {h.person.plain}:",
        id(g): f"{g.title} of {g.country.ref} {g.person.plain}:",
    }
    seen: set[int] = set()

    def label(a: Actor) -> str:
        text = first[id(a)] if id(a) not in seen else f"{a.person.plain}:"
        seen.add(id(a))
        if a is g and rng.random() < 0.3:
            text = text[:-1] + " (retranslated):"
        return text

    turn = 0
    for _ in range(rng.randint(6, 16)):
        a = (h, g)[turn % 2]
        text = f"{label(a)} {_remark(c, rng.randint(2, 6), c.other(a))}"
        if rng.random() < 0.25:  # an inline reply in the same paragraph, as on the site
            b = c.other(a)
            text += f" {label(b)} {_remark(c, rng.randint(1, 3))}"
            turn += 1
        paras.append([text])
        turn += 1
    return title, paras


# ============================================================================================
# driver

#: policy areas each region's meetings lean towards (the rest are drawn from all areas)
_REGION_AREAS: dict[str, tuple[str, ...]] = {
    "anglo": ("security", "tech", "ukraine", "trade", "climate"),
    "fr": ("ukraine", "energy", "climate", "security"),
    "de": ("ukraine", "energy", "climate", "sanctions"),
    "it": ("ukraine", "migration", "energy", "mideast"),
    "es": ("migration", "trade", "food", "economy", "health"),
    "pt": ("climate", "trade", "food", "economy"),
    "nl": ("ukraine", "energy", "tech", "trade"),
    "nordic": ("ukraine", "security", "climate", "energy"),
    "ru": ("ukraine", "energy", "sanctions", "multilateral", "security"),
    "slavic": ("ukraine", "energy", "sanctions", "security"),
    "pl": ("ukraine", "security", "energy", "sanctions"),
    "zh": ("taiwan", "trade", "tech", "multilateral", "arms_control"),
    "ko": ("arms_control", "tech", "security", "trade"),
    "vi": ("security", "trade", "multilateral", "economy"),
    "ja": ("security", "tech", "arms_control", "energy", "taiwan"),
    "south_asia": ("trade", "tech", "security", "multilateral", "climate"),
    "sea": ("multilateral", "security", "trade", "economy"),
    "ph": ("security", "multilateral", "economy"),
    "arab": ("mideast", "energy", "security", "food"),
    "persian": ("arms_control", "sanctions", "mideast", "energy"),
    "turkic": ("energy", "multilateral", "trade", "security"),
    "caucasus": ("security", "energy", "multilateral"),
    "greek": ("energy", "migration", "security"),
    "east_eu": ("ukraine", "energy", "security", "migration"),
    "african": ("food", "health", "security", "economy", "climate"),
    "hebrew": ("mideast", "security", "tech", "arms_control"),
    "mongol": ("energy", "trade", "multilateral"),
}


def _areas(rng: random.Random, country: Country, kind: str) -> list[str]:
    """Two to four policy areas for one article, biased by region and publisher."""
    pool = list(_REGION_AREAS[country.region])
    if kind == "kremlin":
        pool += ["sanctions", "multilateral", "energy"]
    n = rng.randint(2, 4)
    areas = set(rng.sample(pool, min(n, len(pool))))
    if rng.random() < 0.5:
        areas.add(rng.choice(_AREAS))
    return sorted(areas)


Style = Callable[[Ctx], tuple[str, list[Para]]]


def _style(rng: random.Random) -> tuple[str, Style]:
    r = rng.random()
    if r < 0.40:
        return "wh", readout_wh
    if r < 0.65:
        return "state", readout_state
    if r < 0.90:
        return "kremlin", readout_kremlin
    return rng.choice(
        (("wh", transcript_wh), ("state", transcript_state), ("kremlin", transcript_kremlin))
    )


def make_article(world: World, seed: int, index: int) -> tuple[str, int, int]:
    """Return (text, paragraphs, sentences) of article ``index``; depends only on seed, index."""
    rng = random.Random(f"synth:{seed}:{index}")
    published = START + dt.timedelta(days=rng.randrange(_SPAN + 1))
    met = published - dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))
    kind, style = _style(rng)
    if kind == "wh":
        title = rng.choice(("President",) * 8 + ("Vice President", "National Security Advisor"))
        if style is transcript_wh:
            title = "President"
        host, guest = _cast(rng, world, met, US, title)
    elif kind == "state":
        title = "Secretary of State" if rng.random() < 0.85 else "Deputy Secretary of State"
        host, guest = _cast(rng, world, met, US, title, fm=True)
    else:
        host, guest = _cast(rng, world, met, RU, "President")
    straight = rng.random() < 0.3
    ctx = Ctx(
        rng=rng,
        world=world,
        published=published,
        met=met,
        host=host,
        guest=guest,
        style="kremlin" if kind == "kremlin" else kind,
        areas=_areas(rng, guest.country, kind),
        qo='"' if straight else "“",
        qc='"' if straight else "”",
        apos="'" if straight or kind == "kremlin" else "’",
    )
    head, paras = style(ctx)
    body = "\n\n".join(" ".join(p) for p in paras)
    text = f" date {published.isoformat()} {head}\n\n{body}\n"
    return text, len(paras), sum(len(p) for p in paras)


def generate(outdir: Path, count: int, seed: int) -> Counter[str]:
    outdir.mkdir(parents=True, exist_ok=True)
    world = World(seed)
    totals: Counter[str] = Counter()
    for i in range(count):
        text, n_paras, n_sents = make_article(world, seed, i)
        data = text.encode("utf-8")
        (outdir / f"{i:06d}.txt").write_bytes(data)
        totals["articles"] += 1
        totals["paragraphs"] += n_paras
        totals["sentences"] += n_sents
        totals["bytes"] += len(data)
    totals["persons"] = world.persons()
    return totals


def check(outdir: Path, k: int, seed: int) -> None:
    """Parse the first ``k`` generated files with dipdb and report attribution coverage."""
    from dipdb.parse import decode, parse_article

    files = sorted(outdir.glob("*.txt"))[:k]
    speech = with_speaker = statements = failures = 0
    kinds: Counter[str] = Counter()
    samples: list[tuple[str, tuple[str, ...], str | None]] = []
    persons: set[str] = set()
    for path in files:
        try:
            art = parse_article(decode(path.read_bytes()))
        except Exception as err:  # report any parser failure and keep going
            failures += 1
            print(f"  cannot parse {path.name}: {type(err).__name__}: {err}")
            continue
        persons.update(p.name for p in art.persons)
        for st in art.statements:
            statements += 1
            kinds[st.kind] += 1
            if st.kind == "speech":
                speech += 1
                if st.speakers:
                    with_speaker += 1
                samples.append((st.text, st.speakers, st.method))
    parsed = len(files) - failures
    print(f"checked {len(files)} articles: {parsed} parsed, {failures} failed")
    if not parsed:
        return
    share = with_speaker / speech if speech else 0.0
    print(f"speech statements with a speaker: {with_speaker}/{speech} = {share:.1%}")
    print(f"statements per article: {statements / parsed:.1f}")
    print("statements by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"distinct persons found: {len(persons)}")
    for text, speakers, method in random.Random(seed).sample(samples, min(3, len(samples))):
        short = text if len(text) <= 160 else text[:157] + "..."
        print(f"  - {short}\n    speakers={list(speakers)} method={method}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path, help="directory to write NNNNNN.txt files into")
    ap.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--check", type=int, metavar="K", default=0, help="parse K files with dipdb")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    totals = generate(args.outdir, args.count, args.seed)
    secs = time.perf_counter() - t0
    print(
        f"wrote {totals['articles']} articles, {totals['paragraphs']} paragraphs, "
        f"{totals['sentences']} sentences, {totals['bytes']} bytes "
        f"({totals['persons']} persons in the pool) in {secs:.2f}s",
        file=sys.stderr,
    )
    if args.check:
        check(args.outdir, args.check, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
