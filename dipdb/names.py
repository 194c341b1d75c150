"""General-knowledge tables the attribution engine reads: countries, demonyms, capitals, titles,
reporting verbs and the capitalised words that are never part of a person's name.

Keeping them here as plain data (not inside regexes or code paths) is what lets the engine grow:
a new country, title or cue verb is one line, and nothing in here names a particular person.
"""

from __future__ import annotations

import re

#: Country name -> canonical country. Keys are matched case-sensitively as written in prose.
COUNTRIES: dict[str, str] = {}
_COUNTRY_ROWS = """
China|People's Republic of China|PRC
Russia|Russian Federation
United States|United States of America|USA|U.S.|US|America
United Kingdom|UK|U.K.|Britain|Great Britain
France|French Republic
Germany|Federal Republic of Germany
Japan
Italy|Italian Republic
Spain|Kingdom of Spain
Canada
Mexico|United Mexican States
Brazil|Federative Republic of Brazil
Argentina|Argentine Republic
India|Republic of India
Pakistan
Indonesia
Philippines
Vietnam|Viet Nam|Việt Nam
Thailand
Singapore
Malaysia
Australia
New Zealand
South Korea|Republic of Korea|ROK|Korea
North Korea|Democratic People's Republic of Korea|DPRK
Mongolia
Kazakhstan|Republic of Kazakhstan
Uzbekistan|Republic of Uzbekistan
Kyrgyzstan|Kyrgyz Republic
Tajikistan|Republic of Tajikistan
Turkmenistan
Azerbaijan|Republic of Azerbaijan
Armenia|Republic of Armenia
Georgia
Belarus|Republic of Belarus
Ukraine
Moldova|Republic of Moldova
Poland|Republic of Poland
Lithuania
Latvia
Estonia
Finland
Sweden
Norway
Denmark
Netherlands|The Netherlands
Belgium
Luxembourg
Austria
Switzerland
Czech Republic|Czechia
Slovakia|Slovak Republic
Hungary
Romania
Bulgaria
Serbia|Republic of Serbia
Croatia
Slovenia
Bosnia and Herzegovina
Montenegro
North Macedonia
Albania
Kosovo
Greece|Hellenic Republic
Cyprus
Turkey|Turkiye|Türkiye|Republic of Turkey
Iran|Islamic Republic of Iran
Iraq|Republic of Iraq
Syria|Syrian Arab Republic
Lebanon
Jordan|Hashemite Kingdom of Jordan
Israel|State of Israel
Palestine|State of Palestine
Egypt|Arab Republic of Egypt
Saudi Arabia|Kingdom of Saudi Arabia
United Arab Emirates|UAE
Qatar|State of Qatar
Kuwait|State of Kuwait
Bahrain
Oman
Yemen
Afghanistan
Bangladesh
Sri Lanka
Nepal
Myanmar|Burma
Cambodia
Laos
South Africa|Republic of South Africa
Nigeria
Kenya
Ethiopia
Ghana
Senegal
Angola
Algeria
Morocco
Tunisia
Libya
Sudan
Chile
Colombia
Peru
Venezuela
Ecuador
Bolivia
Uruguay
Paraguay
Cuba
Guatemala
Honduras
El Salvador
Costa Rica
Panama
Dominican Republic
Haiti
Jamaica
Ireland
Portugal
Iceland
Holy See|Vatican
Nicaragua
Zambia
Zimbabwe
Rwanda
Uganda
Tanzania
Gabon|Gabonese Republic
Brunei|Brunei Darussalam
Somalia
Niger
Mali
Chad
Cameroon
Botswana
Namibia
Mozambique
Madagascar
Malawi
Burundi
Benin
Togo
Guinea
Liberia
Sierra Leone
Cote d'Ivoire|Côte d'Ivoire|Ivory Coast
Democratic Republic of the Congo|DRC|DR Congo
Republic of the Congo
Eritrea
Djibouti
South Sudan
Mauritania
Mauritius
Seychelles
Maldives
Bhutan
Timor-Leste|East Timor
Papua New Guinea
Fiji
Samoa
Tonga
Micronesia|Federated States of Micronesia
Palau
Marshall Islands
Solomon Islands
Vanuatu
Kiribati
Nauru
Tuvalu
Trinidad and Tobago
Barbados
Bahamas|The Bahamas
Belize
Guyana
Suriname
Grenada
Saint Lucia
Antigua and Barbuda
Dominica
Malta
Andorra
Monaco
Liechtenstein
San Marino
Taiwan
Hong Kong
Greenland
Faroe Islands
Abkhazia
South Ossetia
"""
for _row in _COUNTRY_ROWS.strip().splitlines():
    _names = _row.split("|")
    for _n in _names:
        COUNTRIES[_n] = _names[0]

#: International organisations a person can speak for ("Secretary General Jens Stoltenberg of
#: NATO"): recorded as the person's organisation, never as a country.
ORGANIZATIONS: dict[str, str] = {}
_ORGANIZATION_ROWS = """
NATO|North Atlantic Treaty Organization|North Atlantic Alliance|Alliance
European Union|EU
European Commission
European Council
United Nations|UN|U.N.
African Union|AU
ASEAN|Association of Southeast Asian Nations
Organization of American States|OAS
OSCE|Organization for Security and Co-operation in Europe
World Health Organization|WHO
International Monetary Fund|IMF
World Bank
CARICOM|Caribbean Community
Collective Security Treaty Organisation|CSTO
Shanghai Cooperation Organisation|SCO
Eurasian Economic Union|EAEU
Commonwealth of Independent States|CIS
International Federation of Red Cross and Red Crescent Societies|IFRC
International Committee of the Red Cross|ICRC
Gulf Cooperation Council|GCC
Arab League|League of Arab States
OECD|Organisation for Economic Co-operation and Development
International Atomic Energy Agency|IAEA
"""
for _row in _ORGANIZATION_ROWS.strip().splitlines():
    _names = _row.split("|")
    for _n in _names:
        ORGANIZATIONS[_n] = _names[0]

#: Demonym (adjective) -> country.
DEMONYMS: dict[str, str] = {}
_DEMONYM_ROWS = """
Chinese|China
Russian|Russia
American|United States
U.S.|United States
US|United States
British|United Kingdom
French|France
German|Germany
Japanese|Japan
Italian|Italy
Spanish|Spain
Canadian|Canada
Mexican|Mexico
Brazilian|Brazil
Argentine|Argentina
Argentinian|Argentina
Indian|India
Pakistani|Pakistan
Indonesian|Indonesia
Philippine|Philippines
Filipino|Philippines
Vietnamese|Vietnam
Thai|Thailand
Singaporean|Singapore
Malaysian|Malaysia
Australian|Australia
Korean|South Korea
ROK|South Korea
South Korean|South Korea
Mongolian|Mongolia
Kazakh|Kazakhstan
Kazakhstani|Kazakhstan
Uzbek|Uzbekistan
Kyrgyz|Kyrgyzstan
Tajik|Tajikistan
Turkmen|Turkmenistan
Azerbaijani|Azerbaijan
Armenian|Armenia
Georgian|Georgia
Belarusian|Belarus
Ukrainian|Ukraine
Moldovan|Moldova
Polish|Poland
Lithuanian|Lithuania
Latvian|Latvia
Estonian|Estonia
Finnish|Finland
Swedish|Sweden
Norwegian|Norway
Danish|Denmark
Dutch|Netherlands
Belgian|Belgium
Austrian|Austria
Swiss|Switzerland
Czech|Czech Republic
Slovak|Slovakia
Hungarian|Hungary
Romanian|Romania
Bulgarian|Bulgaria
Serbian|Serbia
Croatian|Croatia
Slovenian|Slovenia
Greek|Greece
Cypriot|Cyprus
Turkish|Turkey
Iranian|Iran
Iraqi|Iraq
Syrian|Syria
Lebanese|Lebanon
Jordanian|Jordan
Israeli|Israel
Palestinian|Palestine
Egyptian|Egypt
Saudi|Saudi Arabia
Emirati|United Arab Emirates
Qatari|Qatar
Kuwaiti|Kuwait
Bahraini|Bahrain
Omani|Oman
Afghan|Afghanistan
Bangladeshi|Bangladesh
Irish|Ireland
Portuguese|Portugal
Chilean|Chile
Colombian|Colombia
Peruvian|Peru
Venezuelan|Venezuela
Cuban|Cuba
Nigerian|Nigeria
Kenyan|Kenya
Ethiopian|Ethiopia
South African|South Africa
Algerian|Algeria
Moroccan|Morocco
Tunisian|Tunisia
Libyan|Libya
Nicaraguan|Nicaragua
Zambian|Zambia
Zimbabwean|Zimbabwe
Rwandan|Rwanda
Ugandan|Uganda
Tanzanian|Tanzania
Gabonese|Gabon
Bruneian|Brunei
Somali|Somalia
Nigerien|Niger
Malian|Mali
Chadian|Chad
Cameroonian|Cameroon
Angolan|Angola
Ghanaian|Ghana
Senegalese|Senegal
Sudanese|Sudan
Eritrean|Eritrea
Djiboutian|Djibouti
Mauritanian|Mauritania
Congolese|Democratic Republic of the Congo
Ivorian|Cote d'Ivoire
Liberian|Liberia
Namibian|Namibia
Mozambican|Mozambique
Malagasy|Madagascar
Malawian|Malawi
Botswanan|Botswana
Motswana|Botswana
Cambodian|Cambodia
Lao|Laos
Laotian|Laos
Burmese|Myanmar
Sri Lankan|Sri Lanka
Nepali|Nepal
Nepalese|Nepal
Maldivian|Maldives
Bhutanese|Bhutan
Timorese|Timor-Leste
Fijian|Fiji
Samoan|Samoa
Tongan|Tonga
Micronesian|Micronesia
Palauan|Palau
New Zealand|New Zealand
Kiwi|New Zealand
Honduran|Honduras
Guatemalan|Guatemala
Salvadoran|El Salvador
Costa Rican|Costa Rica
Panamanian|Panama
Dominican|Dominican Republic
Haitian|Haiti
Jamaican|Jamaica
Ecuadorian|Ecuador
Bolivian|Bolivia
Uruguayan|Uruguay
Paraguayan|Paraguay
Guyanese|Guyana
Surinamese|Suriname
Barbadian|Barbados
Bahamian|Bahamas
Belizean|Belize
Trinidadian|Trinidad and Tobago
Maltese|Malta
Luxembourgish|Luxembourg
Icelandic|Iceland
Bosnian|Bosnia and Herzegovina
Montenegrin|Montenegro
Macedonian|North Macedonia
North Macedonian|North Macedonia
Albanian|Albania
Kosovan|Kosovo
Kosovar|Kosovo
Yemeni|Yemen
Taiwanese|Taiwan
North Korean|North Korea
DPRK|North Korea
PRC|China
UK|United Kingdom
Emirian|United Arab Emirates
Greenlandic|Greenland
Abkhazian|Abkhazia
Ossetian|South Ossetia
Venezuelan|Venezuela
Moroccan|Morocco
Scottish|United Kingdom
Welsh|United Kingdom
"""
for _row in _DEMONYM_ROWS.strip().splitlines():
    _d, _c = _row.split("|")
    DEMONYMS[_d] = _c

#: Capital or seat-of-government -> country (also used for "Moscow believes" and host countries).
CAPITALS: dict[str, str] = {}
_CAPITAL_ROWS = """
Melbourne|Australia
Sydney|Australia
Brisbane|Australia
Perth|Australia
Toronto|Canada
Vancouver|Canada
Montreal|Canada
Quebec City|Canada
Milan|Italy
Naples|Italy
Florence|Italy
Barcelona|Spain
Frankfurt|Germany
Bonn|Germany
Zurich|Switzerland
Krakow|Poland
Rzeszow|Poland
Lviv|Ukraine
Dubai|United Arab Emirates
Mumbai|India
Bengaluru|India
Ho Chi Minh City|Vietnam
Hồ Chí Minh City|Vietnam
Karachi|Pakistan
Lahore|Pakistan
Guangzhou|China
Shenzhen|China
Yokohama|Japan
Kyoto|Japan
Sharm el-Sheikh|Egypt
Lagos|Nigeria
Johannesburg|South Africa
Cape Town|South Africa
Seattle|United States
Boston|United States
Miami|United States
Houston|United States
Atlanta|United States
Philadelphia|United States
Palm Beach|United States
Kananaskis|Canada
Elmau|Germany
Carbis Bay|United Kingdom
Cornwall|United Kingdom
Antalya|Turkey
Samarkand|Uzbekistan
Nusa Dua|Indonesia
Beijing|China
Moscow|Russia
Kremlin|Russia
Novo-Ogaryovo|Russia
Sochi|Russia
St Petersburg|Russia
St. Petersburg|Russia
Washington|United States
Washington, D.C.|United States
White House|United States
London|United Kingdom
Paris|France
Berlin|Germany
Tokyo|Japan
Rome|Italy
Madrid|Spain
Ottawa|Canada
Mexico City|Mexico
Brasilia|Brazil
Buenos Aires|Argentina
New Delhi|India
Delhi|India
Islamabad|Pakistan
Jakarta|Indonesia
Bali|Indonesia
Manila|Philippines
Hanoi|Vietnam
Hà Nội|Vietnam
Bangkok|Thailand
Kuala Lumpur|Malaysia
Putrajaya|Malaysia
Bandar Seri Begawan|Brunei
Canberra|Australia
Wellington|New Zealand
Seoul|South Korea
Pyongyang|North Korea
Ulaanbaatar|Mongolia
Astana|Kazakhstan
Nur-Sultan|Kazakhstan
Tashkent|Uzbekistan
Bishkek|Kyrgyzstan
Dushanbe|Tajikistan
Ashgabat|Turkmenistan
Baku|Azerbaijan
Yerevan|Armenia
Tbilisi|Georgia
Minsk|Belarus
Kyiv|Ukraine
Kiev|Ukraine
Chisinau|Moldova
Warsaw|Poland
Vilnius|Lithuania
Riga|Latvia
Tallinn|Estonia
Helsinki|Finland
Stockholm|Sweden
Oslo|Norway
Copenhagen|Denmark
Amsterdam|Netherlands
The Hague|Netherlands
Brussels|Belgium
Vienna|Austria
Bern|Switzerland
Geneva|Switzerland
Prague|Czech Republic
Bratislava|Slovakia
Budapest|Hungary
Bucharest|Romania
Sofia|Bulgaria
Belgrade|Serbia
Zagreb|Croatia
Ljubljana|Slovenia
Athens|Greece
Nicosia|Cyprus
Ankara|Turkey
Istanbul|Turkey
Tehran|Iran
Baghdad|Iraq
Damascus|Syria
Beirut|Lebanon
Amman|Jordan
Jerusalem|Israel
Tel Aviv|Israel
Ramallah|Palestine
Cairo|Egypt
Riyadh|Saudi Arabia
Jeddah|Saudi Arabia
Abu Dhabi|United Arab Emirates
Doha|Qatar
Kuwait City|Kuwait
Manama|Bahrain
Muscat|Oman
Kabul|Afghanistan
Dhaka|Bangladesh
Colombo|Sri Lanka
Pretoria|South Africa
Abuja|Nigeria
Nairobi|Kenya
Addis Ababa|Ethiopia
Dublin|Ireland
Lisbon|Portugal
Santiago|Chile
Bogota|Colombia
Lima|Peru
Havana|Cuba
Panama City|Panama
Santo Domingo|Dominican Republic
Camp David|United States
Oval Office|United States
Roosevelt Room|United States
Cabinet Room|United States
New York|United States
Los Angeles|United States
San Francisco|United States
Honolulu|United States
Chicago|United States
Mar-a-Lago|United States
Wilmington|United States
Rehoboth Beach|United States
Novo-Ogarevo|Russia
Bocharov Ruchei|Russia
Vladivostok|Russia
Kazan|Russia
Kaliningrad|Russia
Yekaterinburg|Russia
Nizhny Novgorod|Russia
Ulan Bator|Mongolia
Nur Sultan|Kazakhstan
Almaty|Kazakhstan
Shanghai|China
Hong Kong|China
Osaka|Japan
Hiroshima|Japan
Busan|South Korea
Cheong Wa Dae|South Korea
Phnom Penh|Cambodia
Vientiane|Laos
Naypyidaw|Myanmar
Yangon|Myanmar
Kathmandu|Nepal
Thimphu|Bhutan
Dili|Timor-Leste
Port Moresby|Papua New Guinea
Suva|Fiji
Apia|Samoa
Nuku'alofa|Tonga
Kigali|Rwanda
Kampala|Uganda
Dodoma|Tanzania
Dar es Salaam|Tanzania
Lusaka|Zambia
Harare|Zimbabwe
Libreville|Gabon
Mogadishu|Somalia
Niamey|Niger
Bamako|Mali
Dakar|Senegal
Accra|Ghana
Luanda|Angola
Kinshasa|Democratic Republic of the Congo
Khartoum|Sudan
Tripoli|Libya
Tunis|Tunisia
Algiers|Algeria
Rabat|Morocco
Gaborone|Botswana
Windhoek|Namibia
Maputo|Mozambique
Quito|Ecuador
La Paz|Bolivia
Montevideo|Uruguay
Asuncion|Paraguay
Asunción|Paraguay
Caracas|Venezuela
Managua|Nicaragua
Tegucigalpa|Honduras
Guatemala City|Guatemala
San Salvador|El Salvador
San Jose|Costa Rica
San José|Costa Rica
Kingston|Jamaica
Port-au-Prince|Haiti
Bridgetown|Barbados
Nassau|Bahamas
Georgetown|Guyana
Valletta|Malta
Reykjavik|Iceland
Sarajevo|Bosnia and Herzegovina
Podgorica|Montenegro
Skopje|North Macedonia
Tirana|Albania
Pristina|Kosovo
Sanaa|Yemen
Taipei|Taiwan
Nuuk|Greenland
Rio de Janeiro|Brazil
Sao Paulo|Brazil
São Paulo|Brazil
Munich|Germany
Hamburg|Germany
Davos|Switzerland
Glasgow|United Kingdom
Edinburgh|United Kingdom
Brdo pri Kranju|Slovenia
Sukhumi|Abkhazia
Tskhinvali|South Ossetia
Donetsk|Ukraine
Luhansk|Ukraine
Lugansk|Ukraine
Kharkiv|Ukraine
Odesa|Ukraine
Odessa|Ukraine
Mariupol|Ukraine
Sevastopol|Ukraine
Crimea|Ukraine
Donbas|Ukraine
Donbass|Ukraine
Gaza|Palestine
West Bank|Palestine
Nagorno-Karabakh|Azerbaijan
Nagorno Karabakh|Azerbaijan
"""
for _row in _CAPITAL_ROWS.strip().splitlines():
    _p, _c = _row.split("|")
    CAPITALS[_p] = _c

#: Seats of government and buildings that stand for their city when a text says where a meeting
#: was ("at the White House" -> Washington, "in the Kremlin" -> Moscow).
SEATS: dict[str, str] = {}
_SEAT_ROWS = """
White House|Washington
Oval Office|Washington
Situation Room|Washington
Roosevelt Room|Washington
Cabinet Room|Washington
East Room|Washington
State Dining Room|Washington
Eisenhower Executive Office Building|Washington
State Department|Washington
Department of State|Washington
Pentagon|Washington
Kremlin|Moscow
Élysée Palace|Paris
Elysee Palace|Paris
Downing Street|London
Great Hall of the People|Beijing
Zhongnanhai|Beijing
Diaoyutai State Guesthouse|Beijing
Malacañang Palace|Manila
Malacanang Palace|Manila
Chancellery|Berlin
Cheong Wa Dae|Seoul
"""
for _row in _SEAT_ROWS.strip().splitlines():
    _s, _city = _row.split("|")
    SEATS[_s] = _city

#: Office words, longest first when compiled. A title is (optional modifiers) + one of these.
ROLES: tuple[str, ...] = (
    "President",
    "Vice President",
    "Executive Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "First Deputy Prime Minister",
    "Chancellor",
    "Federal Chancellor",
    "Foreign Minister",
    "Minister",
    "Foreign Secretary",
    "Secretary of State",
    "Deputy Secretary of State",
    "Under Secretary of State",
    "Assistant Secretary of State",
    "Deputy Secretary",
    "Under Secretary",
    "Assistant Secretary",
    "Secretary-General",
    "Secretary General",
    "General Secretary",
    "Secretary",
    "Ambassador",
    "Special Representative",
    "Special Envoy",
    "Envoy",
    "National Security Advisor",
    "National Security Adviser",
    "Advisor",
    "Adviser",
    "Aide to the President",
    "Aide",
    "Press Secretary",
    "Spokesperson",
    "Spokesman",
    "King",
    "Queen",
    "Crown Prince",
    "Prince",
    "Emir",
    "Amir",
    "Sultan",
    "Sheikh",
    "Pope",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "Premier",
    "Governor",
    "Senator",
    "Speaker",
    "Director",
    "Administrator",
    "Commissioner",
    "High Representative",
    "Head of State",
    "Head of Government",
    "State Councilor",
    "Vice Premier",
    "Leader",
    "Mayor",
    "General",
    "Admiral",
    "Taoiseach",
    "Chief of Staff",
    "Counselor",
    "Counsellor",
    "Archbishop",
    "Cardinal",
    "Patriarch",
    "First Lady",
    "Second Gentleman",
    "Director-General",
    "Director General",
    "Managing Director",
    "Ranking Member",
    "Majority Leader",
    "Minority Leader",
    "Attorney General",
    "Chief Executive",
    "President-elect",
    "Prime Minister-designate",
    "Vice-President",
    "Vice Chancellor",
    "Vice Chairman",
    "Vice Chairperson",
    "Grand Duke",
    "Coordinator",
    "Special Coordinator",
    "Special Presidential Envoy",
    "Representative",
    "Permanent Representative",
    "Chargé d’Affaires",
    "Charge d'Affaires",
    "Emir",
    "Crown Princess",
    "Princess",
    "Mufti",
    "Ayatollah",
    "Supreme Leader",
    "Foreign Affairs Minister",
    "Minister of Foreign Affairs",
    "Minister for Foreign Affairs",
    "External Affairs Minister",
    "Minister of External Affairs",
    # news copy's abbreviations: "PM Phuc stressed", "Morocco's FM also stressed", "EAM"
    "PM",
    "FM",
    "EAM",
    "Defense Minister",
    "Defence Minister",
    "Interior Minister",
    "Finance Minister",
    "Trade Minister",
    "State Secretary",
    "Senior Advisor",
    "Senior Adviser",
    "Deputy National Security Advisor",
    "Principal Deputy National Security Advisor",
    "Homeland Security Advisor",
    "Vice Foreign Minister",
    "First Vice Foreign Minister",
    "Deputy Foreign Minister",
    "First Deputy Foreign Minister",
    "Vice Minister",
    "Executive Vice Minister",
    "Deputy Minister",
    "Political Director",
)

#: Offices only one government has, so that holding one names the holder's country when the
#: text gives none ("Secretary of State Antony Blinken", "Aide to the President Yury Ushakov").
TITLE_COUNTRY: dict[str, str] = {
    "Secretary of State": "United States",
    "Deputy Secretary of State": "United States",
    "Under Secretary of State": "United States",
    "Assistant Secretary of State": "United States",
    "National Security Advisor": "United States",
    "Deputy National Security Advisor": "United States",
    "Principal Deputy National Security Advisor": "United States",
    "Homeland Security Advisor": "United States",
    "Aide to the President": "Russia",
}

#: Words that may precede a role inside a title ("Acting", "Deputy", "Federal", "former").
ROLE_MODIFIERS: tuple[str, ...] = (
    "Acting",
    "Deputy",
    "First",
    "Federal",
    "Former",
    "Interim",
    "Senior",
    "Chief",
    "Grand",
    "Supreme",
    "Executive",
    "Principal",
    "Permanent",
    "Defense",
    "Defence",
    "Finance",
    "Trade",
    "Foreign",
    "Economy",
    "Energy",
    "Commerce",
    "Treasury",
    "Health",
    "Interior",
    "Homeland",
    "Security",
    "Transportation",
    "Agriculture",
    "Education",
    "Climate",
    "State",
    "Vice",
    "His",
    "Her",
    "Majesty",
    "Highness",
    "Royal",
    "Excellency",
    "Honorable",
    "Mr.",
    "Mr",
    "Ms.",
    "Ms",
    "Mrs.",
    "Dr.",
    "Madam",
)

#: Honorifics that are not part of a name.
HONORIFICS: frozenset[str] = frozenset(
    {
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Dr",
        "Dr.",
        "Madam",
        "Sir",
        "His",
        "Her",
        "Majesty",
        "Highness",
        "Excellency",
        "Royal",
        "Honorable",
        "Honourable",
        "Hon.",
        "Hon",
        "Rt",
        "Rt.",
        "Baroness",
        "Baron",
        "Sheikh",
        "HH",
        "HRH",
        # "HE Secretary-General of NATO", "H.E. Ms X": His or Her Excellency (Gulf agencies)
        "HE",
        "H.E.",
        "Messrs",
        "Sayyid",
        "Seyyed",
        "Imam",
        "Lady",
        "Dame",
        "Lord",
        "Excellencies",
        "Mme",
        "Mme.",
        "Madame",
        "Senor",
        "Señor",
        "Herr",
        "Frau",
        # Cambodian usage: "Samdech Thipadei Hun Manet", "Samdech Techo Hun Sen"
        "Samdech",
        "Thipadei",
        "Techo",
        # Malaysian usage: "Prime Minister Datuk Seri Anwar Ibrahim"
        "Datuk",
        "Dato",
        "Dato'",
        "Dato’",
        "Seri",
        "Datin",
        # Indian usage: "Prime Minister Shri Narendra Modi", "Smt. Droupadi Murmu"
        "Shri",
        "Smt",
        "Smt.",
        "Shrimati",
    }
)

#: Reporting verbs (base form). Inflected forms are generated below; cue phrases keep what follows
#: light verbs ("expressed his pleasure", "exchanged views").
SPEECH_VERBS: tuple[str, ...] = (
    "say",
    "note",
    "stress",
    "emphasize",
    "emphasise",
    "underscore",
    "underline",
    "highlight",
    "reaffirm",
    "reiterate",
    "express",
    "voice",
    "convey",
    "welcome",
    "thank",
    "congratulate",
    "discuss",
    "agree",
    "affirm",
    "confirm",
    "urge",
    "pledge",
    "commit",
    "share",
    "raise",
    "outline",
    "inform",
    "brief",
    "explain",
    "point",
    "condemn",
    "condole",
    "offer",
    "extend",
    "exchange",
    "review",
    "praise",
    "commend",
    "recall",
    "reflect",
    "hope",
    "believe",
    "support",
    "stand",
    "make",
    "ask",
    "tout",
    "tackle",
    # "The Egyptian president equally stipulated that ..."
    "stipulate",
    # "X characterized the talks as open and frank"; "X has downplayed reports of a rift";
    # "X accented the importance of ..." (translated copy's "emphasised")
    # "Marcos cited the need for ..."; "X disclosed that ..."
    "cite",
    "disclose",
    "characterize",
    "characterise",
    "downplay",
    "accent",
    # "King Hamad felicitated Prime Minister X": South Asian and Gulf English for congratulate
    "felicitate",
    # "The Head of State highly appraised ..." (Kazakh and Chinese copy: "praised")
    "appraise",
    # "the President and the Foreign Minister examined the situation": discussed it
    "examine",
    # "Ruto also maintained that ..." (only before "that": "maintained close contact" is none)
    "maintain",
    # "X showed interest in ...", "showed readiness to ..." (and no other thing shown)
    "show",
    "inquire",
    "enquire",
    "invite",
    "accept",
    "propose",
    "suggest",
    "assure",
    "warn",
    "tell",
    "add",
    "insist",
    "acknowledge",
    "recognize",
    "recognise",
    "appreciate",
    "speak",
    "talk",
    "describe",
    "deny",
    "assert",
    "contend",
    "admit",
    "criticize",
    "criticise",
    "clarify",
    "predict",
    "proclaim",
    "advise",
    "appeal",
    "refute",
    "announce",
    "declare",
    "wish",
    "give",
    "present",
    "detail",
    "update",
    "report",
    "mention",
    "respond",
    "reply",
    "answer",
    "encourage",
    "applaud",
    "laud",
    "celebrate",
    "commemorate",
    "denounce",
    "reject",
    "oppose",
    "deplore",
    "regret",
    "renew",
    "restate",
    "explore",
    "assess",
    "communicate",
    "reveal",
    # news copy's re-forms of the usual verbs: "Pompeo reemphasized ...", "re-affirmed"
    "reemphasize",
    "reemphasise",
    "re-emphasize",
    "re-emphasise",
    "re-affirm",
    "reassert",
    "consider",
    "focus",
    "touch",
    "cover",
    "address",
    "assess",
    "analyse",
    "analyze",
    "look",
    "call",
    "request",
    "demand",
    "value",
    "favor",
    "favour",
    "advocate",
    "argue",
    "caution",
    "express",
    "remark",
    "observe",
    "state",
    "claim",
    "insist",
    "promise",
    "vow",
    "seek",
    "want",
    "emphasize",
    "indicate",
    "signal",
    "reassure",
    "expound",
    "elaborate",
    "reaffirm",
    "underline",
    "hail",
    "salute",
    "recommend",
    "plan",
    "intend",
    "coordinate",
    "set",
    "approve",
    "endorse",
    "deliver",
    "pay",
    "lay",
    "provide",
    "stress",
    "identify",
    "noted",
    "agreed",
    "decide",
    "resolve",
    "pledge",
    "concur",
    "undertake",
    "evaluate",
    "repeat",
    "refer",
    "tweet",
    "write",
    "regard",
    "view",
    "see",
    "think",
    "feel",
    "know",
    "understand",
    "find",
    "lament",
    "mourn",
    "condole",
    "sympathize",
    "sympathise",
    "reciprocate",
    "consult",
    "lay out",
    "spell out",
    "set out",
    "weigh",
    "compare",
    "debate",
    "deliberate",
    "contemplate",
    "probe",
    # acts of communication that report what someone put to the other side
    "draw",
    "direct",
    "comment",
    "confer",
    "preview",
    "echo",
    "relay",
    "reconfirm",
    "reinforce",
    "initiate",
    "articulate",
    "task",
    "put",
    "place",
    "send",
)

#: Verbs that report a meeting taking place rather than anyone's words -> narrative.
MEETING_VERBS: tuple[str, ...] = (
    "meet",
    "hold",
    "have",
    "host",
    "receive",
    "visit",
    "join",
    "attend",
    "participate",
    "travel",
    "arrive",
    "depart",
    "speak with",
    "speak to",
    "speak by",
    "talk with",
    "talk to",
    "call",
    "phone",
    "sit",
    "chair",
    "co-chair",
    "lead",
    "lay",
    "tour",
    "brief media",
)

_IRREGULAR = {
    "say": ("said", "says"),
    "make": ("made", "makes"),
    "give": ("gave", "given", "gives"),
    "tell": ("told", "tells"),
    "speak": ("spoke", "spoken", "speaks"),
    "stand": ("stood", "stands"),
    "meet": ("met", "meets"),
    "hold": ("held", "holds"),
    "have": ("had", "has"),
    "see": ("saw", "seen", "sees"),
    "think": ("thought", "thinks"),
    "feel": ("felt", "feels"),
    "know": ("knew", "known", "knows"),
    "understand": ("understood", "understands"),
    "find": ("found", "finds"),
    "seek": ("sought", "seeks"),
    "set": ("set", "sets"),
    "lay": ("laid", "lays"),
    "pay": ("paid", "pays"),
    "lead": ("led", "leads"),
    "sit": ("sat", "sits"),
    "take": ("took", "taken", "takes"),
    "undertake": ("undertook", "undertaken", "undertakes"),
    "write": ("wrote", "written", "writes", "writing"),
    "draw": ("drew", "drawn", "draws"),
    "put": ("put", "puts", "putting"),
    "send": ("sent", "sends"),
    "echo": ("echoed", "echoes", "echoing"),
}


def inflections(base: str) -> set[str]:
    """Return the forms of a verb we expect in readouts: base, 3sg present, past, -ing.

    Regular English morphology covers nearly all reporting verbs; the few irregular ones are
    listed in ``_IRREGULAR``.
    """
    head, _, tail = base.partition(" ")
    forms = {head}
    if head in _IRREGULAR:
        forms.update(_IRREGULAR[head])
    if head.endswith("ee"):  # "agreeing", not "agreing"; "saw", not "seed"
        forms.update({head + "s", head + "ing"})
        if head not in _IRREGULAR:
            forms.add(head + "d")
    elif head.endswith("e"):
        forms.update({head + "d", head + "s", head[:-1] + "ing"})
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms.update({head[:-1] + "ied", head[:-1] + "ies", head + "ing"})
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms.update({head + "ed", head + "es", head + "ing"})
    else:
        forms.update({head + "ed", head + "s", head + "ing"})
        if re.fullmatch(r"[^aeiou]*[aeiou][bdglmnprt]", head):
            forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
        if head in {"commit", "regret", "refer", "prefer", "transmit", "concur", "admit"}:
            forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
        if re.fullmatch(r".*[^aeiou][aeiou]l", head):  # British: "signalled", "cancelled"
            forms.update({head + "led", head + "ling"})
    if tail:
        return {f"{f} {tail}" for f in forms}
    return forms


SPEECH_FORMS: frozenset[str] = frozenset(f for v in SPEECH_VERBS for f in inflections(v))
MEETING_FORMS: frozenset[str] = frozenset(
    f for v in MEETING_VERBS if " " not in v for f in inflections(v)
)

#: Forms that only report a meeting when followed by these words ("spoke with", "called on" is
#: speech, "called X" is a phone call, "had a call").
MEETING_PHRASES = re.compile(
    r"(?:spoke|speaks|spoken|talked|talks)\s+(?:today\s+|yesterday\s+|again\s+|separately\s+|"
    r"(?:this|last|earlier|on)\s+(?:morning|afternoon|evening|night|week|today|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+|by\s+(?:tele)?phone\s+"
    # "spoke on February 19 with", "spoke on 19 February 2023 with"
    r"|on\s+(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8})(?:,?\s+\d{4})?\s+"
    r"|on\s+the\s+(?:tele)?phone\s+)*(?:by\b|(?:with|to)\s+(?=(?-i:[A-Z])|(?:(?:the|his|her|their|its|a|an)\s+)?"
    r"(?:\w+ly\s+)?(?:[a-z\-]+\s+)?(?:(?-i:[A-Z])|(?:counterparts?|leaders?|presidents?|prime|foreign|"
    r"ministers?|secretary|president|chancellor|king|emir|minister)\b)|each other|one another))"
    r"|(?:met|meets|meeting)\b|(?<=in )meetings\s+with\b|called\s+(?=(?-i:[A-Z]))"
    # ("X called China a recognized leader": what X called it, not a call)
    r"(?!(?:(?-i:[A-Z])[\w.\-’']*\s+){1,4}(?:a|an)\s+(?!(?:day|week|month)\b))"
    # "called on Prime Minister X at the Istana": a courtesy call in person ("called on Russia
    # to withdraw" is an appeal)
    r"|call(?:ed|s)?\s+on\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.\-’']*\s*){1,6}"
    r"(?=(?:at|in|on|during|today|yesterday|this|last|before|after)\b|[.,;]|$)"
    # "X called on and was hosted to lunch by Minister Y"
    r"|called\s+on\s+and\s+(?=(?:was|were)\s+(?:hosted|received)\b)"
    r"|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:today|yesterday|this\s+(?:morning|"
    r"afternoon|evening)|by\s+(?:tele)?phone)\b"
    # "Yoon and Kishida spoke for 25 minutes": the call, and how long it took
    r"|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?for\s+(?:about\s+|around\s+|nearly\s+|some\s+"
    r"|over\s+|more\s+than\s+|almost\s+)?(?:\d+|[a-z]+|an?)\s+(?:minutes|hours?)\b"
    # "Trudeau and Pena Nieto spoke on Monday.": the call, as a sentence of its own
    r"|(?:spoke|talked)\s+on\s+(?-i:[A-Z])[a-z]+day"
    r"(?=\s*[.;,]|\s+(?:afternoon|morning|evening|night)\b)"
    # "The two men also spoke in November": a call, then
    r"|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:in|last)\s+(?-i:[A-Z])[a-z]{2,8}\b"
    r"|(?:had|has|held|holds|hold|have)\s+(?:a|an|their|his|her|the|two|another|separate)?\s*"
    r"(?:[\w\-]+\s+){0,4}(?:call|conversation|meeting|talks|talk|discussion|videoconference|"
    r"conference|consultations|summit|session|dialogue|contact|lunch|dinner|breakfast)"
    r"|(?:received|receives|hosted|hosts|visited|visits|joined|joins|attended|attends|"
    r"participated|participates|travel(?:l)?ed|arrived|arrives|"
    # "welcomed President X / the Prime Minister / him to the White House": a guest, never a
    # thing ("welcomed the identification of sites pursuant to the agreement")
    r"welcomed\s+(?:him|her|them|(?:the\s+)?(?-i:[A-Z])\S*(?:\s+\S+){0,5}?|the\s+(?:\S+\s+)?"
    r"(?:delegations?|leaders?|guests?|visitors?))\s+to\s+(?:the|his|her)\b|"
    # "welcomed the Minister of A, X; the Minister of B, Y; and ... to Riga": guests, to a city
    # (no possessive: "welcomed Finland's accession to NATO" welcomes a thing)
    r"welcomed\s+(?:the\s+)?(?-i:[A-Z])[^.’']{0,300}?,?\s+to\s+(?-i:[A-Z][a-z]+)(?=\s*[.,;])|"
    # "welcomed Ambassador X, Assistant Secretary-General of the OAS, for a courtesy call"
    r"welcomed\s+(?-i:[A-Z])[^.;]{0,120}?\s+for\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+)?"
    r"(?:call|visit|meeting|talks|discussions?)\b|"
    # "welcomed Prime Minister X to Berlin": a guest to a place ("welcomed Finland's accession
    # to NATO" has a possessive, and welcomes a thing)
    # "welcomed French President X to exchange views on ...": a guest, come for talks;
    # "welcomed President X in the courtyard of the palace", "at the airport": greeted there
    # "has welcomed Armenian Prime Minister X in Tbilisi": a titled guest, in a place
    r"welcomed\s+(?:(?-i:[A-Z])[^\s’']*\s+){0,2}(?-i:President|Prime\s+Minister|Minister|"
    r"Chancellor|King|Queen|Emir|Amir|Crown\s+Prince|Secretary|Premier)\s+(?-i:[A-Z])[^\s’']*"
    r"(?:\s+(?-i:[A-Z])[^\s’']*){0,3}\s+in\s+(?-i:[A-Z])[\w\-]*|"
    r"welcomed\s+(?:him|her|them|(?-i:[A-Z])[^\s’']*(?:\s+[^\s’']+){0,5}?)\s+"
    r"(?:to\s+(?:(?-i:[A-Z])\w*|(?:exchange|discuss|hold|talk|confer)\b)"
    r"|(?:in|at|outside)\s+the\s+(?:courtyard|steps|entrance|airport|gates?|door|palace|residence"
    r"|porch)\b)|briefed\s+(?:media|the\s+press|reporters|journalists)|"
    r"chaired|co-chaired|toured|laid\s+(?:a\s+)?(?:wreaths?|flowers)|led|"
    r"(?:made|makes|paid|pays)\s+(?:a|an|his|her|their|the)\s+(?:[\w\-]+\s+){0,3}visits?|"
    # "paid a courtesy call to/on X"
    r"(?:paid|pays)\s+(?:a|an|his|her)\s+(?:courtesy|farewell|official)\s+calls?\b|"
    r"(?:made|make|makes|gave|give|gives|delivered)\s+(?:joint\s+)?(?:statements?|remarks)\s+"
    r"(?:for|to)\s+(?:the\s+)?(?:press|media)|(?:held|hold|holds|gave|give|offered|offers)\s+(?:a\s+)?(?:joint\s+)?"
    r"(?:press|news)\s+conference)\b",
    re.IGNORECASE,
)

#: Light verbs whose object is part of the cue ("expressed his pleasure", "exchanged views").
LIGHT_VERBS: frozenset[str] = frozenset(
    {
        "expressed",
        "expresses",
        "extended",
        "extends",
        "exchanged",
        "exchange",
        "voiced",
        "voices",
        "conveyed",
        "conveys",
        "offered",
        "offers",
        "made",
        "makes",
        "gave",
        "gives",
        "paid",
        "pays",
        "shared",
        "shares",
        "spoke",
        "speaks",
        "pointed",
        "points",
        "looked",
        "looks",
        "stood",
        "stands",
        "took",
        "takes",
        "called",
        "calls",
        "stand",
    }
)

#: Capitalised words that are never (part of) a person's name when they appear in a run.
NON_NAME_WORDS: frozenset[str] = frozenset(
    """
    The A An This That These Those It Its In On At By For With From To Of And Or But As During
    After Before Since While When Where Why How What Who Whom Which Also Both Each Every All
    Some Any Many Most Other Such Our Their His Her My Your We They He She I You Mr Ms Mrs Dr
    Sir Madam Mister Secretary President Prime Minister Ministers Chancellor King Queen Prince
    Crown Emir Amir Sultan Sheikh Pope Chairman Chair Premier Governor Senator Speaker Director
    Administrator Commissioner Representative Representatives Envoy Ambassador Advisor Adviser
    Aide Spokesperson Spokesman Deputy Vice Foreign Acting First Federal Former Executive
    Special Senior Chief Head State States United Nations Union European Council Security
    General Assembly Commission Department Ministry Office House White Kremlin Republic
    Federation Kingdom Democratic People's Peoples Islamic Arab Federal National International
    Global Summit Conference Forum Partnership Treaty Agreement Act Plan Action Joint
    Comprehensive Year Day Week Month January February March April May June July August
    September October November December Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow Readout Remarks
    Statement Press Briefing Background Debate Plenary Palacio Palazzo Palais Triangle Format
    Image Credit Credits Caption Copyright Courtesy Picture Video
    Quartet Call Meeting
    Telephone Conversation Talks News Photo
    Xinhua Party Communist Congress Central Committee Government Administration Cabinet
    Parliament Senate Court Supreme Navy Army Air Force Forces Organization Organisation
    Cooperation Development Bank Fund Group Initiative Strategy Strategic Program Programme
    Project Council Assembly Alliance NATO North South East West Northern Southern Eastern
    Western Middle Asia Asian Pacific Atlantic Indo Sea Ocean Gulf Peninsula Strait Region
    Gap Pass Valley Heights Plateau Desert Delta Community Communities Political
    Diplomatic Academies Crisis
    Island Islands Mr. Ms. Dr. Majesty Highness Excellency Royal Honorable Affairs Defense
    Defence Finance Trade Commerce Energy Treasury Health Interior Homeland Climate Agriculture
    Education Economic Economy Sports Exchange Games Olympic Olympics Cup Covid COVID
    Coronavirus God Lord Thank Thanks Welcome Good Hello Yes No Well So Now Then Here There Let
    Please Okay OK However Moreover Furthermore Meanwhile Additionally Finally Furthermore Again
    Hence Thus Therefore Indeed Instead Otherwise Nevertheless Nonetheless Accordingly
    Consequently Besides Likewise Similarly
    Together Further Separately Today's Speaking Regarding Concerning Turning Discussing
    Underscoring Noting Following Referring Addressing Highlighting Reaffirming Stressing
    Responding Commenting Recalling Welcoming Expressing Emphasizing Emphasising Given Under
    Over Through Across Against Between Among Amid Within Without Upon Into Onto Toward Towards
    Despite Regardless Because If Although Though Unless Until Once Just Only Even Still Yet Not
    Very Much More Less Mission Embassy Consulate Station Room Hall Palace Castle Building
    Center Centre Hotel Street Avenue Square Park Garden Gardens Hill Oval Treaty Declaration
    Communique Charter Accord Accords Protocol Framework Format Process Dialogue Round Session
    Consultations Q Question Answer Remark Moderator Official Officials Administration
    Spokesperson Press World Leaders Cold War Wars Revolution Century Era Spring Summer Autumn
    Fall Winter Holocaust Readouts END Via Video Virtual Online Teleconference Russian Chinese
    American British French German Japanese Indian Korean Ukrainian Principal Alternate
    Interim Acting Counselor Counsellor Councillor Councilor Directors Archbishop Cardinal Ranking
    Extraordinary Plenipotentiary
    Member Members Presidents
    Ministers Secretaries Leaders Excellencies Messrs Colleagues Friends Ladies Gentlemen Dear
    Happy New Old Great Grand Saint San Santa Los Las Fort Camp Lake Mount Port Cape Gen.
    Schloss Palais Palazzo Château Chateau Villa Photo Photos Picture Copyright Caption
    Ties Closer Prize
    Lt. Col. Maj. Capt. Adm. Sgt. Sen. Rep. Gov. Amb. Prof. Rev. St. Hon. Year Years Day Days
    Lady First Second Third Fourth Fifth Sixth Minister-designate President-elect Chairperson
    Director-General Deputy-Prime Under Assistant Undersecretary Counterpart Counterparts
    Highnesses Majesties Chargé Charge Affaires Permanent Coordinator Envoys Mr Mrs Ms
    Governor-General Head Heads Senior Junior Federal Provisional Transitional Democratic
    Republican Conservative Labour Liberal Socialist Human Rights Civil Civic Public Private
    Calls Meetings Trilateral Bilateral Multilateral Readouts Visits Remarks Conversations
    Moderator Question Questioner Participant Reporter Staff Audience Interpreter Operator
    """.split()  # noqa: SIM905
)

#: Nouns that end or head an organisation's, a place's or a document's name, never a person's
#: ("Red Cross", "Steinmeier Formula", "Harvard University", "Ministry of Healthcare").
INSTITUTION_WORDS: frozenset[str] = frozenset(
    """
    Academy Agency Alliance Airport Authority Bank Base Basin Board Bridge Bureau Canal Center
    Centre Channel  Club Coalition College Command Commission Committee Company Conference
    Congress Consensus Corporation Corps Council Court Cross Crescent Days Department Doctrine
    Dome Exhibition Express Federation Fellowship Force Forces Forum Formula Foundation Fund
    Games Group Guard  Hospital Hubs Initiative Institute Law Laws Lake Lakes League
    Light Line Mission Movement Museum Network Office Organization Organisation Pact Palace
    Party Pay Pipeline Plant Platform Plan Policy Port Program Programme Project Refuge Relief
    Resources Expatriates Emergencies Disaster Healthcare Unification Knesset Duma Rada Sejm
    Bundestag Majlis Relations Reserve Road Route Satellite School Sciences Secretariat
    Service Services Sites Societies Society Station Stream Summit Systems System Task Theatre
    Theater Times Treaty Trust Union University Visas Waiver Works Zone Affairs Defence Defense
    Security Cooperation Development Investment Technologies Technology Science Foundation
    Delegation Delegations Territory Oblast Krai Province Admissions Concept Memorial Monument
    Cathedral Mosque  Mount Square Stadium Garden Corridor Corridors Transport
    Gardens Cosmodrome Railway Railways Energy  Nuclear Oil Gas Group Holdings Airlines
    Armed Engagement Management Operation Operations Prosecutor Judiciary Heritage Allies Ally
    Partners Partnership Quad Consensus Formula Format Group
    Prefecture Prefectures Provinces County Counties District Districts Canton Residence
    Schloss Palais Palazzo Château Chateau Villa Convention Conventions Motors Electric
    Dynamics Industries Electronics Elections Election Daily Journal Gazette Tribune Time City
    Directorate Presidency Heights Conferences Diwan Fitr Adha Division Unit Agenda Rail Link Links
    Village
    """.split()  # noqa: SIM905
)

#: News outlets, as press-conference transcripts label the journalist who asks ("AFP:",
#: "CCTV:", "Bloomberg:"): the asker is unknown, never a person named after the outlet.
#: Casefolded.
NEWS_OUTLETS: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "AFP",
        "AP",
        "Associated Press",
        "Reuters",
        "Bloomberg",
        "CNN",
        "BBC",
        "NBC",
        "CBS",
        "ABC",
        "Fox News",
        "NHK",
        "Kyodo",
        "Kyodo News",
        "Jiji Press",
        "Asahi Shimbun",
        "Yomiuri Shimbun",
        "Nikkei",
        "Yonhap",
        "KBS",
        "TASS",
        "RIA Novosti",
        "Sputnik",
        "Interfax",
        "RT",
        "Xinhua",
        "Xinhua News Agency",
        "CCTV",
        "CGTN",
        "China Daily",
        "Global Times",
        "People's Daily",
        "China News Service",
        "Phoenix TV",
        "Shenzhen TV",
        "Dragon TV",
        "Beijing Youth Daily",
        "The Paper",
        "Al Jazeera",
        "Anadolu",
        "Anadolu Agency",
        "EFE",
        "ANSA",
        "DPA",
        "PTI",
        "Press Trust of India",
        "ANI",
        "Bernama",
        "Antara",
        "IRNA",
        "Prensa Latina",
        "Lusa",
        "Financial Times",
        "Wall Street Journal",
        "New York Times",
        "Washington Post",
        "Politico",
        "Axios",
    )
)

SUFFIXES: frozenset[str] = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"})

#: Common East Asian family names, used only to choose which token of a name is the family name
#: when the article never shows it alone ("Xi Jinping" -> "Xi", "Kishida Fumio" -> "Kishida").
FAMILY_FIRST: frozenset[str] = frozenset(
    """
    Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang
    Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang
    Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Qin Kong Qian Hou Meng Bai Cui
    Kang Mao Qiu Jin Yin Yao Tan Shi Lai Kishida Abe Suga Hayashi Kamikawa Motegi Kim Yoon Moon
    Park Choi Noh Chung Chun Kang Cho Han Hun Hun Kim Nguyen Tran Pham Vo Phan Lee
    """.split()  # noqa: SIM905
)

#: Given names that, among the officials the news names, belong to women or to men: "she"
#: after a man has spoken means the woman named before him ("Mushikiwabo tweeted ... She
#: added"). Only unambiguous given names that open a name (not East Asian names, which open on
#: the family name); a text's own "Ms." or "his" always outranks them.
FEMALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    Angela Annalena Ursula Kamala Hillary Condoleezza Madeleine Samantha Linda Wendy Victoria
    Nancy Janet Gina Avril Jennifer Katherine Catherine Kathleen Marise Penny Julie Melanie
    Mélanie Chrystia Jacinda Nanaia Theresa Liz Elizabeth Margaret Giorgia Kaja Sanna Mette
    Magdalena Annika Ingrid Erna Christine Kristalina Ngozi Amina Naledi Lindiwe Retno Sushma
    Nirmala Smriti Hina Sherry Tehmina Benazir Maryam Michelle Laura Patricia Dilma Cristina
    Claudia Xiomara Delcy Louise Elisabeth Élisabeth Ségolène Florence Sylvie Federica Alice
    Helen Heather Julia Judith Susan Suzanne Sarah Rachel Rebecca Jane Joanna Karen Kate Kristi
    Lisa Emily Olena Iryna Yulia Salome Beatriz Tanja Zuzana Kolinda Viorica Maia Marine Hilda
    Mia Rania Noura Reem Lubna Ellen Joyce Sahle-Work Vjosa Mariya Marija Dubravka Anniken
    Yoko Yingluck Paetongtarn Megawati Gloria Corazon Leni Imee Dina Bärbel Lucía Raquel
    Soledad Verónica Yolanda Cecilia Mercedes Molly Victoria Tammy Karine Jen Alexandra Hanna
    """.split()  # noqa: SIM905
)
MALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    Joe Joseph Donald Barack George Bill William John James Robert Michael David Richard
    Antony Anthony Lloyd Jake Ned Matthew Mike Rex Vladimir Sergey Sergei Dmitry Yury Yuri
    Nikolai Alexander Alexei Andrei Emmanuel Olaf Boris Rishi Keir Justin Narendra Fumio Shinzo
    Yoshihide Shigeru Toshimitsu Yoshimasa Recep Mevlüt Hakan Paul Sam Yoweri Cyril Muhammadu
    Bola Uhuru Abiy Ismail Abdel Mohammed Mohamed Muhammad Mohammad Ahmed Ahmad Hassan Hussein
    Ali Omar Khalid Abdullah Salman Tamim Faisal Sameh Badr Hossein Ebrahim Masoud Abbas
    Mahmoud Benjamin Naftali Yair Isaac Volodymyr Dmytro Andrzej Mateusz Viktor Pedro Luiz
    Jair Andrés Gustavo Javier Alberto Nicolás Kassym-Jomart Shavkat Ilham Nikol Ferdinand
    Rodrigo Joko Prabowo Anwar Lawrence Prayut Srettha Jens Mark Charles Antonio António Josep
    Frans Tedros Kevin Scott Malcolm Chris Winston Peter Frank Martin Heiko Ignazio Luigi
    Mario Sergio Pierre Jean Gitanas Egils Alar Edgars Celso Daniel Michel Xavier Micheál Leo
    """.split()  # noqa: SIM905
)
