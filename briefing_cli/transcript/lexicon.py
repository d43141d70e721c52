"""Word lists for the news sieve: reporting verbs, titles, people and institutions.

Kept apart from the parser so the rules read as rules; every list is lower-case and
matched against lower-cased tokens unless said otherwise.
"""

from __future__ import annotations

VERBS = frozenset("""
said says say saying told tells telling added adds adding continued continues continuing
stated states noted notes noting explained explains explaining warned warns warning argued
argues arguing insisted insists wrote writes writing asked asks asking replied replies
responded responds answered answers stressed stresses emphasized emphasised emphasizes
highlighted highlights acknowledged acknowledges declared declares announced announces
claimed claims claiming maintained maintains remarked observed suggested suggests conceded
concedes predicted predicts recalled recalls recalling cautioned urged urges tweeted tweets
tweeting posted posts admitted admits admitting vowed vows pledged promised promises
complained complains lamented boasted boasts quipped joked mused countered contended
reiterated repeated concluded testified shouted yelled chanted sang sings exclaimed agreed
charged reads read reported reports reporting described describes called calls
calling labeled labelled dubbed branded condemned blasted criticized criticised accused
denounced praised lauded demanded
""".split())

# Verbs that report speech when they take `that` or a quotation, for paraphrase turns.
SPEECH = frozenset("""
said says told tells added adds adding stated noted explained warned argued insisted wrote
writes replied responded stressed emphasized emphasised highlighted acknowledged declared
announced claimed maintained suggested conceded predicted recalled cautioned urged
tweeted admitted vowed pledged promised complained reiterated testified agreed continued
saying arguing noting insisting warning
""".split())

# Words that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr st sen rep gov gen rev lt col capt adm sgt maj prof amb del jr sr no vs inc co
corp ltd mt ft gen messrs cmdr supt insp det ave blvd dept univ est approx jan feb mar apr
jun jul aug sep sept oct nov dec ala ariz ark calif colo conn fla ga ill ind kan ky la md
mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
""".split())

DETERMINERS = frozenset("""
the a an one another his her their its our this that these those two three some many
several both other each every
""".split())

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": None, "i": None,
             "we": None, "it": None}

# Words that start a capitalised run without being part of a name.
NOT_NAME = frozenset("""
the a an and but or if as when while after before since in on at of for with from to by
this that these those it its they we he she i you there here then later also however
asked according despite during under over about into through meanwhile still yet so
mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december today yesterday
tomorrow last next his her their our my your no yes not one two some many more most
breaking update editor’s editor's watch read why how what who where which whose
all both each every such much few none nobody everyone someone anyone though although
because unlike like without following amid whether once even only just now well
could would should might must may can will shall did does was were has have had
""".split())

# Sentence openers that lead into a clause before the subject (`Though ..., Clinton said`).
LEAD_INS = frozenset("""
though although while when if because after before as since despite unlike like with
without following amid during in on at for from by to of under over asked speaking
worried giving writing talking pressed addressing responding
""".split())

ADVERBS = frozenset("""
however meanwhile still instead indeed later earlier finally separately similarly
ultimately yet then now today yesterday overall again also nonetheless nevertheless
""".split())

# Capitalised adjectives that are not subjects: `Republican claims`, `Democratic leaders`.
ADJECTIVES = frozenset("""
republican republicans democratic democrat democrats american americans gop federal
national state congressional presidential conservative liberal progressive
""".split())

# Nouns that are also reporting verbs: verbs only after a person (`Trump claims`).
AMBIGUOUS = frozenset("""
claims calls reports notes states answers posts reads tweets promises comments remarks
""".split())

# `Trump's claim that ...`: the owner of the claim speaks.
CLAIMS = frozenset("""
claim claims statement statements remark remarks comment comments words assertion
assertions promise promises pledge pledges warning warnings argument description
accusation accusations charge allegation allegations view views call message
""".split())

NAME_PARTICLES = frozenset({"de", "van", "von", "der", "bin", "al", "el", "la", "le", "du",
                             "da", "di", "ibn", "del", "dos", "ter"})

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Last words of organisations (capitalised runs that are institutions, not people).
ORG_HEADS = frozenset("""
house department ministry office council agency pentagon kremlin government administration
committee commission embassy state army navy police court parliament congress senate union
campaign party times post journal news network press institute center centre association
foundation group bank corporation corp inc company university college school board bureau
service services organization organisation coalition alliance federation league club
church council agency authority reserve fund caucus cabinet secretariat tribune herald
guardian telegraph reuters bloomberg politico axios cnn bbc msnbc fox abc cbs nbc npr
review magazine daily weekly examiner gazette observer chronicle globe sun mail express
report statement poll survey study website blog twitter facebook instagram channel show
program programme commission command forces force guard patrol department's council's
airlines airways motors energy unit division directorate assembly nations
""".split())

# Lower-case heads of unnamed speakers that are institutions.
ORG_NOUNS = frozenset("""
ministry department office agency campaign committee commission council government
administration embassy party court police army military company firm bank union group
newspaper paper network website report statement board university school hospital church
club association foundation institute center centre organization organisation coalition
team parliament senate congress house kremlin pentagon spokesoffice study poll survey
article piece ad letter memo document complaint lawsuit filing release tweet post website
book video clip network station channel magazine outlet site
parties groups agencies companies governments unions ministries campaigns organizations
organisations committees courts banks firms
""".split())

# Documents that speak for whoever wrote them.
DOCUMENTS = frozenset("""
report statement study survey letter memo release filing analysis brief complaint lawsuit
website ad tweet post book article op-ed editorial
""".split())

# Lower-case heads of unnamed people who speak.
PERSON_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official officials aide aides source sources adviser
advisers advisor advisors president minister secretary senator governor mayor chairman
chairwoman chair director leader leaders lawyer lawyers attorney attorneys analyst analysts
expert experts critic critics supporter supporters resident residents witness witnesses
officer officers diplomat diplomats lawmaker lawmakers member members questioner voter
voters protester protesters protesters organizer organizers woman man person people
candidate nominee strategist strategists pollster pollsters host narrator announcer
representative representatives worker workers farmer farmers student students teacher
teachers doctor doctors mother father friend friends neighbor neighbour manager executive
executives economist economists scholar scholars professor researcher researchers
commander commanders general soldier soldiers activist activists prosecutor prosecutors
judge justice investigator investigators spokespeople staffer staffers insider insiders
correspondent reporter reporters journalist journalists columnist writer author
questioner questioners owner owners founder employer employers employee employees speaker
caller callers viewer viewers reader readers listener listeners observer observers
commentator commentators negotiator negotiators investor investors donor donors inspector
ambassador editor editors producer producers player players coach fan fans user users
customer customers consumer consumers buyer buyers seller sellers retailer retailers
driver drivers passenger passengers survivor survivors victim victims relative relatives
partner partners consultant consultants assistant participant participants immigrant
immigrants migrant migrants applicant applicants defendant plaintiff suspect detective
sheriff trooper organizer mom dad wife husband son daughter brother sister niece nephew
cashier nurse nurses patient patients parent parents veteran veterans demonstrators
""".split())

# Lower-case words inside a title before a name: `State Department spokesperson Matthew Miller`.
ROLE_WORDS = frozenset("""
spokesperson spokesman spokeswoman press secretary deputy chief foreign campaign
presidential vice former national security senior top policy economic nominee candidate
running mate host director adviser advisor minister official officials leader manager
chairman chairwoman chair executive president governor senator representative
congressman congresswoman mayor ambassador envoy strategist pollster analyst aide
attorney general lawyer commissioner commander correspondent editor columnist
""".split())

# Nouns for people by their ending (`businessman`, `questioner`, `strategist`).
PERSON_SUFFIXES = ("man", "woman", "men", "women", "person", "ist", "ists", "ian", "ians")

NOT_PEOPLE = frozenset("""
number numbers order matter letter paper water corner center centre border power tower
manner error mirror factor sector motor floor door after other whether either neither
together never ever however over under later rather poster cover charter quarter
""".split())

# Last words of multi-word places: `United States`, `North Korea`, `New York`.
PLACE_ENDS = frozenset("""
states kingdom korea arabia africa america york jersey carolina dakota virginia zealand
emirates republic island islands city county valley coast hills street avenue square
mexico hampshire orleans angeles francisco diego vegas lanka leone rica salvador
""".split())

# Places that speak only through their governments: organisations, not people.
PLACES = frozenset("""
russia china japan iran iraq israel ukraine syria france germany britain england italy spain
canada mexico india pakistan afghanistan turkey egypt korea america europe africa asia
washington moscow beijing tokyo tehran kyiv kiev london paris berlin brussels pyongyang
seoul jerusalem gaza damascus baghdad ankara cairo ottawa delhi islamabad kabul
""".split())

# Groups named by a plural (`Houthis said`, `Republicans argue`): organisations, not people.
GROUPS = frozenset("""
houthis republicans democrats democrat republican taliban hamas hezbollah israelis
palestinians ukrainians russians americans europeans conservatives liberals progressives
evangelicals rebels insurgents separatists militants loyalists socialists communists
nationalists unionists tories labour greens libertarians independents
""".split())

TITLE_CONTEXT = frozenset("""
of on in at documentary film movie show series book novel song anthem album program
programme titled entitled headline headlined column podcast magazine newspaper play
""".split())

# Verbs that may come before their subject: `," said Caddell`.
INVERTED = frozenset("""
said says added adds asked asks wrote writes continued explained told tells replied recalled
reported reports noted
declared tweeted noted insisted argued warned answered responded concluded stated agreed
""".split())

SKIPPED = frozenset({"also", "then", "later", "again", "has", "had", "have", "was", "is",
                      "would", "will", "once", "further", "previously", "recently", "flatly",
                      "repeatedly", "often", "frequently", "never", "quickly"})

CLAUSE = frozenset({"that", "and", "but", "which", "who", "as", "while", "because", "when",
                     "where", "if", "though", "although", "whom", "whose", "so", "or"})

PREPOSITIONS = frozenset("""
in on at during after before with to from of for by about into through over under via
""".split())

LINKS = frozenset({"of", "for", "on", "in", "at", "to"})

SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is vs".split())

# Auxiliary verbs: a subject ends before them (`His audio was quieter ...`).
AUXILIARIES = frozenset("""
was is are were be been being has have had will would can could may might should must did
does do shall
""".split())
