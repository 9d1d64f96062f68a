// Seed data. Everything not marked DEMO comes from the sources in ../shared/seeds/:
// 000 = "Strategi for Dekom i Nordland 2020–2023", 001 = "Plan for DEKOM Vesterålen" (2021).
// DEMO marks what the sources do not name (people, the other eight regions, dates); such rows carry
// isDemo = true and the UI labels them "Demodata".

export const nordland = {
  slug: "nordland",
  name: "Nordland",
  forumName: "Samarbeidsforum for kompetanseutvikling i Nordland",
  governorName: "Statsforvalteren i Nordland",
  networkShareBasisPoints: 4000, // 000, Økonomi: 40 % til nettverkene, 60 % til UH
  reportDeadlineMonth: 2, // 000, Evaluering: rapport innen 1. februar
  reportDeadlineDay: 1,
};

export const period = {
  name: "Strategi for DEKOM i Nordland 2020–2023",
  startYear: 2020,
  endYear: 2023,
  purposes: [
    "Bedre læring for elevene",
    "Øke gjennomføringen i vgo",
    "Bygge på lokale utfordringer i skoler og kommuner",
    "Gi forutsigbarhet og langsiktighet i utviklingsarbeidet",
  ],
  priorityAreas: [
    "Inkludering, identitet og kulturelt mangfold",
    "Tidlig innsats",
    "Innovasjon og entreprenørskap",
    "Aktive og kreative læringsformer og metodisk handlingsrom",
  ],
  subGoals: [
    {
      number: 1,
      title: "Implementere Fagfornyelsen",
      summary:
        "Fagfornyelsen har som hovedmål å gjøre fagene mer relevante for det elevene møter i samfunnet og arbeidslivet. I Nordland ønsker vi lærere som har kompetanse på å gjøre undervisningen relevant og fremtidsrettet.",
      strategies: [
        "Bidra til dybdelæring i og på tvers av fag",
        "Bidra til at lærerne tenker og jobber tverrfaglig",
        "Bidra til at nye vurderingsformer tas i bruk",
        "Tilrettelegge for at lærerne etablerer en profesjonsfaglig digital kompetanse",
      ],
    },
    {
      number: 2,
      title: "Etablere og videreutvikle profesjonelle læringsfellesskap",
      summary:
        "«Skolen skal være et profesjonsfaglig fellesskap der lærere, ledere og andre ansatte reflekterer over felles verdier, og vurderer og videreutvikler sin praksis» (overordnet del, pkt. 3.5).",
      strategies: [
        "Bidra til at skoleeiere og skoleledere har kompetanse til å lede utviklingsprosesser",
        "Tilrettelegge for refleksjon rundt verdivalg og utviklingsbehov gjennom aktiv bruk av overordnet del",
        "Gjøre ledere og lærere i stand til å bruke forskningsbasert kunnskap i sammenheng med erfaringsbasert kunnskap",
        "Bidra til målrettede tiltak og evaluering",
        "Tilrettelegge for systematisk samarbeid mellom barnehage, SFO, skole, de ulike nivåene i opplæringsløpet og mellom skole og hjem",
      ],
    },
    {
      number: 3,
      title: "Elevene har et læringsmiljø som legger til rette for skaperglede, engasjement og utforskertrang",
      summary:
        "Med utgangspunkt i opplæringsloven § 1-1 og overordnet del kapittel 1 og 2: «Skolen og lærebedrifta skal møte elevane og lærlingane med tillit, respekt og krav og gi dei utfordringar som fremjar danning og lærelyst.»",
      strategies: [
        "Bidra til god kompetanse i begynneropplæring og grunnleggende ferdigheter i lesing, skriving og regning",
        "Bidra til at lærerne har god kompetanse i å lære elevene å lære",
        "Bidra til at lærerne har kompetanse og trygghet til å arbeide variert, tverrfaglig og praktisk",
        "Bidra til at lærerne tilrettelegger for et inkluderende læringsmiljø",
      ],
    },
  ],
};

/** 000: "I Nordland er det 9 kompetanseregioner … 7 av nettverkene koordineres av RKK. Videregående opplæring er en egen region." */
export const otherRegions = [
  // DEMO: the sources name only Vesterålen; these names and their municipalities are plausible demo data.
  { slug: "lofoten", name: "Lofoten", coordinator: "RKK Lofoten", owners: ["Vågan", "Vestvågøy", "Flakstad", "Moskenes"] },
  { slug: "ofoten", name: "Ofoten", coordinator: "RKK Ofoten", owners: ["Narvik", "Evenes", "Hamarøy"] },
  { slug: "salten", name: "Salten", coordinator: "RKK Salten", owners: ["Fauske", "Saltdal", "Steigen", "Sørfold"] },
  { slug: "bodo", name: "Bodø", coordinator: "Bodø kommune", owners: ["Bodø"] },
  { slug: "indre-helgeland", name: "Indre Helgeland", coordinator: "RKK Indre Helgeland", owners: ["Rana", "Hemnes", "Hattfjelldal"] },
  { slug: "ytre-helgeland", name: "Ytre Helgeland", coordinator: "RKK Ytre Helgeland", owners: ["Alstahaug", "Leirfjord", "Dønna"] },
  { slug: "sor-helgeland", name: "Sør-Helgeland", coordinator: "RKK Sør-Helgeland", owners: ["Brønnøy", "Vega", "Sømna", "Vevelstad"] },
  { slug: "videregaende", name: "Videregående opplæring", coordinator: "Nordland fylkeskommune", owners: ["Nordland fylkeskommune"], vgo: true },
] as const;

/** 001 fig. 3: the municipalities of DEKOM Vesterålen and their schools. */
export const vesteralenSchools: Record<string, string[]> = {
  Andøy: ["Andenes", "Risøyhamn"],
  Bø: ["Steine", "Straume", "Eidet", "Bø ungdomsskole"],
  Hadsel: ["Stokmarknes", "Melbu", "Sandnes", "Strønstad", "Innlandet"],
  Lødingen: ["Lødingen", "Vestbygd"],
  Sortland: ["Sortland barneskole", "Sortland ungdomsskole", "Lamarka", "Holmstad", "Maurnes", "Strand", "Sigerfjord"],
  Øksnes: ["Myre", "Alsvåg"],
};

export const vesteralen = {
  slug: "vesteralen",
  name: "Vesterålen",
  coordinator: "RKK Vesterålen og Lødingen",
  uhPartner: "Nord universitet",
  overallGoal:
    "Skolene i Vesterålen skal legge til rette for at elevene, uavhengig av hvilken skole de tilhører eller kommune de bor i, skal ha de samme mulighetene til et godt liv, til å være aktive deltakere i egen og andres utvikling, og til å tilegne seg nødvendig kompetanse til å delta i skole-, arbeids- og samfunnsliv.",
  priorityAreas: ["Fagfornyelsen/LK2020", "Digital kompetanse", "Tilpasset opplæring"],
};

/** 001 fig. 2: Oppvekstforum, 16 representatives. `vote` marks who holds the municipality's one vote. */
export const oppvekstforum: Array<{
  kind: "KOMMUNE" | "PPD" | "HTV" | "RKK" | "UH";
  organisation: string;
  title: string;
  name: string; // DEMO: the sources name no people
  owner?: string;
  vote?: boolean; // DEMO choice of which representative holds the vote where a municipality has two
  position?: "LEDER" | "NESTLEDER"; // DEMO choice: the source says only leader from school, deputy from kindergarten
  user?: string;
}> = [
  { kind: "KOMMUNE", owner: "Andøy", organisation: "Andøy kommune", title: "Skolefaglig rådgiver", name: "Ingrid Hansen", vote: true, user: "ingrid.hansen@andoy.example" },
  { kind: "KOMMUNE", owner: "Andøy", organisation: "Andøy kommune", title: "Enhetsleder barnehage", name: "Marte Johansen", position: "NESTLEDER" },
  { kind: "KOMMUNE", owner: "Bø", organisation: "Bø kommune", title: "Skole- og barnehagesjef", name: "Per Olsen", vote: true, user: "per.olsen@bo.example" },
  { kind: "KOMMUNE", owner: "Bø", organisation: "Bø kommune", title: "Konsulent", name: "Hilde Larsen" },
  { kind: "KOMMUNE", owner: "Sortland", organisation: "Sortland kommune", title: "Kommunalsjef oppvekst", name: "Tor Andreassen", vote: true, position: "LEDER", user: "tor.andreassen@sortland.example" },
  { kind: "KOMMUNE", owner: "Sortland", organisation: "Sortland kommune", title: "Assisterende kommunalsjef", name: "Lene Karlsen", user: "lene.karlsen@sortland.example" },
  { kind: "KOMMUNE", owner: "Hadsel", organisation: "Hadsel kommune", title: "Oppvekstsjef", name: "Geir Pedersen", vote: true, user: "geir.pedersen@hadsel.example" },
  { kind: "KOMMUNE", owner: "Hadsel", organisation: "Hadsel kommune", title: "Førstekonsulent oppvekst", name: "Anne Nilsen" },
  { kind: "KOMMUNE", owner: "Øksnes", organisation: "Øksnes kommune", title: "Kommunalsjef oppvekst", name: "Rune Eriksen", vote: true, user: "rune.eriksen@oksnes.example" },
  { kind: "KOMMUNE", owner: "Lødingen", organisation: "Lødingen kommune", title: "Skolefaglig rådgiver", name: "Siv Berg", vote: true, user: "siv.berg@lodingen.example" },
  { kind: "PPD", organisation: "PPD Vesterålen og Lødingen", title: "Representant", name: "Knut Jakobsen" },
  { kind: "HTV", organisation: "Utdanningsforbundet, HTV Vesterålen", title: "Hovedtillitsvalgt", name: "Berit Solheim" },
  { kind: "RKK", organisation: "RKK Vesterålen og Lødingen", title: "Skoleutvikler", name: "Kari Strand", user: "kari.strand@rkk.example" },
  { kind: "RKK", organisation: "RKK Vesterålen og Lødingen", title: "Barnehageansvarlig", name: "Eva Moen" },
  { kind: "RKK", organisation: "RKK Vesterålen og Lødingen", title: "Daglig leder", name: "Arne Haugen" },
  { kind: "UH", organisation: "Nord universitet", title: "Regionkontakt", name: "Nina Lund", user: "nina.lund@nord.example" },
];

/** 001 §2.1.1: AUS = leader + 2 from the forum + skoleutvikler; AUB = deputy + 2 + RKK's kindergarten officer. */
export const committees = {
  AUS: {
    mandate:
      "Følge opp og sørge for god fremdrift i den desentraliserte kompetanseutviklingen: planlegge samlingene i skoleledernettverket, komme med innspill til de øvrige nettverkene og fagsamlingene, og forberede saker til oppvekstforum. Saker av prinsipiell og/eller økonomisk betydning skal ikke avgjøres i arbeidsutvalget.",
    members: [
      ["Tor Andreassen", "Leder"],
      ["Geir Pedersen", "Representant fra oppvekstforum"], // DEMO choice of the two
      ["Per Olsen", "Representant fra oppvekstforum"],
      ["Kari Strand", "Skoleutvikler RKK"],
    ],
  },
  AUB: {
    mandate:
      "Forberede barnehagesaker til oppvekstforum og følge opp den regionale kompetanseutviklingen i barnehage (REKOM). Saker av prinsipiell og/eller økonomisk betydning skal ikke avgjøres i arbeidsutvalget.",
    members: [
      ["Marte Johansen", "Leder"],
      ["Hilde Larsen", "Representant fra oppvekstforum"],
      ["Anne Nilsen", "Representant fra oppvekstforum"],
      ["Eva Moen", "Barnehageansvarlig RKK"],
    ],
  },
} as const;

/** 001 §3.7: the networks as organised from autumn 2021. */
export const networks = [
  {
    name: "Skoleledernettverket",
    kind: "SKOLELEDERNETTVERK",
    targetGroup: "Skoleeiere og skoleledere i grunnskolene i de seks kommunene; Nord universitet, HTV, PPD og Andøy PPT deltar",
    rhythm: "Én samling hvert halvår, vanligvis over to dager",
    inDekom: false, // 001 §3.3: "skoleledernettverket er ute av DEKOM slik DEKOM er definert i denne sammenheng"
    goals: [
      "Utvikle lederskap i skolene i Vesterålen som er i stand til å lede og utvikle gode profesjonsfellesskap på den enkelte skole",
      "Styrke det profesjonsfaglige fellesskapet og det regionale samarbeidet i oppvekstsektoren",
      "Ta i bruk relevant forskning og erfaring i arbeidet med å utvikle skolene i Vesterålen",
      "Sikre gode prosesser for samskaping i utviklingsarbeid generelt og med LK2020 spesielt",
    ],
    allSchools: true,
  },
  {
    name: "SFO-ledernettverket",
    kind: "SFO_LEDERNETTVERK",
    targetGroup: "SFO-ledere",
    rhythm: "Samling to dager per semester",
    inDekom: true,
    goals: [
      "Styrke det profesjonsfaglige fellesskapet",
      "Trygge SFO-ledere i lederskapet, spesielt med tanke på pedagogisk utviklingsarbeid",
      "Sikre at SFO-ledere er godt kjent med LK2020 og rammeplan for SFO, og hva det innebærer",
      "Bidra til god sammenheng mellom det som foregår i skole og i SFO",
      "Utveksle erfaringer på tvers av SFO-er",
    ],
    allSchools: false,
  },
  {
    name: "Digital kompetanse (pfdk)",
    kind: "DIGITAL_KOMPETANSE",
    targetGroup: "Lærere og ledere; samlings- og kursbasert i regi av RKK og Andøya Space Education, på bestilling",
    rhythm: "Avviklet som nettverk fra høsten 2021; videre arbeid på bestilling fra skoler og kommuner",
    inDekom: false,
    goals: [
      "Bidra til at lærere og ledere får god kjennskap til rammeverket for lærerens profesjonsfaglige digitale kompetanse",
      "Utveksle og dele erfaring, kompetanse, undervisningsopplegg og metoder på tvers av skoler i Vesterålen",
      "Styrke den digitale kompetansen til elever, lærere og ledere i regionen",
    ],
    allSchools: false,
  },
  {
    name: "Fagsamlinger",
    kind: "FAGSAMLINGER",
    targetGroup: "Lærere og andre ansatte i grunnskolen",
    rhythm: "Tre regionale fagsamlinger per skoleår; overordnet tema er læreplanforståelse og LK20",
    inDekom: false,
    goals: [
      "Gi støtte til felles forståelse for, og god implementering av LK20 i skolene",
      "Være en regional arena for faglig påfyll",
      "Utvikle og dele kompetanse og erfaring mellom skolene og kommunene",
    ],
    allSchools: true,
  },
  {
    name: "Skolebaserte tiltak",
    kind: "SKOLEBASERT_TILTAK",
    targetGroup: "Enkeltskoler i Hadsel, Lødingen, Sortland og Øksnes, avtalt mellom skolen og Nord universitet",
    rhythm: "Gjennom skoleåret, etter avtale med Nord universitet",
    inDekom: true,
    goals: ["Skolebasert kompetanseutvikling i partnerskap med Nord universitet"],
    allSchools: false,
    // DEMO: the source says "fire-fem skolebaserte tiltak i enkeltskoler" but names no schools.
    schools: ["Melbu", "Lødingen", "Lamarka", "Myre"],
  },
] as const;

/** 001 §3.7.1: criteria for taking part in networks and fagsamlinger. */
export const criteria = {
  SKOLE: [
    "Har en plan med avklarte kompetansebehov og målsettinger for utviklingsarbeidet, som er godt forankret i personalet på skolen",
    "Har satt av tid til utviklingsarbeid, har lagt til rette for og etterspør kunnskaps- og erfaringsdeling i eget personale",
    "Har lagt til rette for deltakelse i nettverk og fagsamlinger, og for at deltakerne gjennomfører og følger opp avtalt for-, etter- og mellomarbeid",
    "Prioriterer å delta på fag- og nettverkssamlinger",
  ],
  DELTAKER: [
    "Dele ny kunnskap, kompetanse og erfaringer fra samlingene i eget kollegium, og fra egen praksis og inn i nettverket",
    "Prøve ut ny kunnskap, kompetanse og erfaringer i personalet og/eller i elevgruppa (aksjon)",
    "Prioritere å delta på samlinger",
    "Stille forberedt og gjennomføre avtalt for-, mellom- og etterarbeid",
    "Samarbeide i profesjonsfellesskap i egen organisasjon om å utvikle praktisk og variert undervisning i tråd med overordnet del og LK20",
  ],
  OVRIGE_ANSATTE: [
    "Samarbeide i profesjonsfellesskap i egen organisasjon om å utvikle praktisk og variert undervisning i tråd med overordnet del og LK20",
    "Stille forberedt og gjennomføre avtalt for-, mellom- og etterarbeid",
    "Prøve ut ny kunnskap, kompetanse og erfaringer",
  ],
} as const;

/** 001 §3.6: mål and tiltak. Mål 2 has no tiltak 5 in the source. */
export const goals = [
  {
    number: 1,
    title:
      "Vi skal skape en arena for læring og utvikling på tvers av skoler og kommuner i Vesterålen, med tydelige, trygge og kompetente ledere og ansatte i profesjonelle læringsfellesskap, i tråd med LK2020 og overordnet del.",
    measures: [
      [1, "Gjennomføre regelmessige regionale samlinger for skoleeiere, skoleledere, lærere, sfo-ledere, andre ansatte i skolen, HTV og PPD, med faste deltakere i ledernettverkene."],
      [2, "Organisere nettverkssamlingene og fagsamlingene som dialogkonferanser der alle deltar aktivt i erfaringsdeling og drøftinger i møtet mellom teori og praksis."],
      [3, "Prioritere temaer som oppleves relevante og utviklende for deltakerne i nettverkene og i fagsamlingene, i tråd med LK2020 og overordnet del."],
      [4, "Samarbeid med UH-sektoren."],
      [5, "Tilrettelegge for utvikling og erfaringsdeling både internt og eksternt, i og fra nettverkene og fagsamlingene."],
      [6, "Skoleeier sikrer økonomisk trygghet i utviklingsarbeidet."],
    ],
  },
  {
    number: 2,
    title:
      "Skolene i Vesterålen skal være gode arenaer for læring og utvikling, hvor alle elevene opplever mestring og tilhørighet, både faglig og sosialt.",
    measures: [
      [1, "Skolebaserte tiltak i enkeltskoler i Hadsel, Lødingen, Sortland og Øksnes."],
      [2, "Sikre gode, lokale rutiner og planer for arbeidet med kompetansepakken for innføring av LK2020 der det er ønskelig og nødvendig, og involvere alle de ansatte i det lokale utviklingsarbeidet."],
      [3, "Jobbe i lokale profesjonelle læringsfellesskap hvor lærere og andre ansatte sammen reflekterer over, vurderer og videreutvikler egen praksis – i lærende møter."],
      [4, "Utvikle gode planer for skolens, klassens og elevens faglige og sosiale utvikling, og gjennom samarbeid i profesjonelle læringsfellesskap og tydelig ledelse sikre at planene skaper endring både i skolen som helhet, i klasserommet og hos den enkelte elev."],
      [6, "Skoleeier skal sikre økonomisk handlingsrom og trygghet."],
    ],
  },
  {
    number: 3,
    title: "Vi skal ha elever og foresatte som er aktive medskapere og deltakere i skolehverdagen.",
    measures: [
      [1, "Utvikle gode, lærende foreldremøter og utviklingssamtaler, og gjennom dette synliggjøre tydelige forventninger til elever og foresatte, og til alle som jobber i skolen."],
      [2, "Involvere elever og foresatte gjennom skoledemokratiet."],
      [3, "Aktivt jobbe med å skape gode relasjoner mellom elever, foresatte, lærere, ledere og andre ansatte."],
    ],
  },
] as const;

/** DEMO: the users one can sign in as with the demo sign-in. */
export const demoUsers = [
  { email: "stine.berg@statsforvalteren.example", name: "Stine Berg", title: "Seniorrådgiver, Statsforvalteren i Nordland", grants: [{ role: "STATSFORVALTER", county: true }] },
  { email: "jon.nyland@ks.example", name: "Jon Nyland", title: "KS, medlem av samarbeidsforumet", grants: [{ role: "FORUM_MEMBER", county: true }] },
  { email: "kari.strand@rkk.example", name: "Kari Strand", title: "Skoleutvikler, RKK Vesterålen og Lødingen", grants: [{ role: "SKOLEUTVIKLER", region: "vesteralen" }, { role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "tor.andreassen@sortland.example", name: "Tor Andreassen", title: "Kommunalsjef oppvekst, Sortland – leder av Oppvekstforum", grants: [{ role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "nina.lund@nord.example", name: "Nina Lund", title: "Regionkontakt, Nord universitet", grants: [{ role: "UH_PARTNER", region: "vesteralen" }] },
  { email: "lene.karlsen@sortland.example", name: "Lene Karlsen", title: "Skoleeier, Sortland kommune (ass. kommunalsjef, i Oppvekstforum)", grants: [{ role: "SKOLEEIER", owner: "Sortland" }, { role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "mona.aas@lamarka.example", name: "Mona Aas", title: "Rektor, Lamarka skole", grants: [{ role: "SKOLELEDER", school: "Lamarka" }] },
  { email: "ingrid.hansen@andoy.example", name: "Ingrid Hansen", title: "Skolefaglig rådgiver, Andøy – i Oppvekstforum", grants: [{ role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "per.olsen@bo.example", name: "Per Olsen", title: "Skole- og barnehagesjef, Bø – i Oppvekstforum", grants: [{ role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "geir.pedersen@hadsel.example", name: "Geir Pedersen", title: "Oppvekstsjef, Hadsel – i Oppvekstforum", grants: [{ role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "rune.eriksen@oksnes.example", name: "Rune Eriksen", title: "Kommunalsjef oppvekst, Øksnes – i Oppvekstforum", grants: [{ role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "siv.berg@lodingen.example", name: "Siv Berg", title: "Skolefaglig rådgiver, Lødingen – i Oppvekstforum", grants: [{ role: "OPPVEKSTFORUM_MEMBER", region: "vesteralen" }] },
  { email: "ada.drift@demo.example", name: "Ada Drift", title: "Systemadministrator for installasjonen (oppretter fylker)", grants: [{ role: "SYSTEM_ADMIN" }] },
  { email: "uten.rolle@demo.example", name: "Ulf Utenrolle", title: "Bruker uten rolle (for å prøve avvisning)", grants: [] },
] as const;

/**
 * DEMO: the forum's distribution key for 2020–2023 (basis points of the network pot; sum 10 000). The
 * sources say the money is distributed the same way through the period, but not the shares.
 */
export const demoKey = {
  decisionRef: "DEMO: Samarbeidsforum, møte 12.02.2020, sak 3/20",
  decidedOn: "2020-02-12",
  shares: {
    vesteralen: 1100, lofoten: 1000, ofoten: 1000, salten: 1300, bodo: 1200,
    "indre-helgeland": 1000, "ytre-helgeland": 900, "sor-helgeland": 800, videregaende: 1700,
  } as Record<string, number>,
};

/**
 * DEMO: the next strategy period, so that the demo county can work in the current year. The sources end in
 * 2023; this period carries the 2020–2023 strategy forward unchanged (as "start the next period" does) and
 * the same key, decided anew by the forum.
 */
export const demoNextPeriod = {
  name: "Strategi for DEKOM i Nordland 2024–2027",
  startYear: 2024,
  endYear: 2027,
  keyDecisionRef: "DEMO: Samarbeidsforum, møte 14.02.2024, sak 2/24",
  keyDecidedOn: "2024-02-14",
};

/** DEMO: an approved grant for 2022, so the public page has something to show. */
export const demoGrant = { year: 2022, amountOre: 1_100_000_000n, receivedOn: "2022-01-20", letterRef: "DEMO: Udir tildelingsbrev 2022/123" };

/** DEMO: the current year's grant (approved in February), so a region can plan this year's network money. */
export const demoCurrentGrant = { year: 2026, amountOre: 1_150_000_000n, receivedOn: "2026-01-22", letterRef: "DEMO: Udir tildelingsbrev 2026/45", approvedAt: "2026-02-12T10:00:00Z" };

/**
 * DEMO: the county Samarbeidsforum (seed 000: region representatives, Statsforvalteren, UH, employee and
 * employer organisations). Rules from Udir's mandate: consensus first, votes only when it fails,
 * Statsforvalteren leads and does not vote, and decides when the forum does not agree.
 */
export const samarbeidsforum = {
  name: "Samarbeidsforum for kompetanseutvikling i Nordland",
  members: [
    { kind: "STATSFORVALTER", organisation: "Statsforvalteren i Nordland", title: "Leder og sekretariat", name: "Stine Berg", position: "LEDER", vote: false, user: "stine.berg@statsforvalteren.example" },
    { kind: "KS", organisation: "KS Nordland", title: "Representant", name: "Jon Nyland", vote: true, user: "jon.nyland@ks.example" },
    { kind: "HTV", organisation: "Utdanningsforbundet Nordland", title: "Representant", name: "Heidi Dahl", vote: true },
    { kind: "UH", organisation: "Nord universitet", title: "Representant", name: "Trond Lie", vote: true },
    ...["Vesterålen", "Lofoten", "Ofoten", "Salten", "Bodø", "Indre Helgeland", "Ytre Helgeland", "Sør-Helgeland", "Videregående opplæring"].map((r, i) => ({
      kind: "REGION", organisation: `Kompetanseregion ${r}`, title: "Regionens representant", name: `${["Anne", "Bjørn", "Camilla", "Dag", "Elin", "Frode", "Guro", "Håkon", "Ida"][i]} ${["Moe", "Strøm", "Berge", "Fjeld", "Aune", "Lunde", "Bakken", "Hagen", "Myhre"][i]}`, vote: true,
    })),
  ] as Array<{ kind: "STATSFORVALTER" | "KS" | "HTV" | "UH" | "REGION"; organisation: string; title: string; name: string; position?: "LEDER"; vote: boolean; user?: string }>,
};

/** DEMO: meetings with cases, so the voting can be tried. Dates are in the future from the seed's writing. */
export const demoMeetings = [
  {
    forum: "oppvekstforum",
    title: "Oppvekstforum, møte 4/2026",
    startsAt: "2026-12-04T09:00:00Z",
    place: "Sortland, rådhuset",
    cases: [
      {
        number: "12/26", title: "Satsingsområder for DEKOM Vesterålen 2024–2027", kind: "PRINSIPIELL", preparedBy: "Arbeidsutvalg skole (AUS)",
        description: "Oppvekstforum vedtar regionens satsingsområder for neste periode. AUS har forberedt saken på grunnlag av kartleggingen av behov i kommunene og evalueringen av 2020–2023.",
        proposals: [
          { text: "Videreføre satsingsområdene: Fagfornyelsen/LK2020, Digital kompetanse og Tilpasset opplæring", priorityAreas: ["Fagfornyelsen/LK2020", "Digital kompetanse", "Tilpasset opplæring"] },
          { text: "Nye satsingsområder: Lesing og skriving, Inkluderende læringsmiljø og Profesjonsfellesskap", priorityAreas: ["Lesing og skriving", "Inkluderende læringsmiljø", "Profesjonsfellesskap"] },
        ],
      },
      {
        number: "13/26", title: "Fordeling av regionens nettverksmidler 2027", kind: "OKONOMISK", preparedBy: "Arbeidsutvalg skole (AUS)",
        description: "Hvordan regionens andel av nettverksmidlene skal fordeles mellom de skolebaserte tiltakene og SFO-ledernettverket.",
        proposals: [{ text: "Fordele etter antall lærere i kommunene", priorityAreas: [] }, { text: "Lik fordeling mellom kommunene", priorityAreas: [] }],
      },
      {
        number: "14/26", title: "Program for skoleledernettverket våren 2027", kind: "ORDINAR", preparedBy: "Arbeidsutvalg skole (AUS)",
        description: "Program for samlingen i skoleledernettverket, organisert etter dialogkonferansemodellen.",
        proposals: [{ text: "Vedta programmet slik AUS foreslår", priorityAreas: [] }, { text: "Sende programmet tilbake til AUS", priorityAreas: [] }],
      },
    ],
  },
  {
    forum: "samarbeidsforum",
    title: "Samarbeidsforum, møte 2/2026",
    startsAt: "2026-12-10T09:00:00Z",
    place: "Bodø, Statsforvalterens hus",
    cases: [
      {
        number: "7/26", title: "Fordelingsnøkkel for strategiperioden 2024–2027", kind: "OKONOMISK", preparedBy: "Sekretariatet (Statsforvalteren)",
        description: "Forumet skal bli enige om hvordan nettverksmidlene fordeles mellom kompetanseregionene i perioden.",
        proposals: [{ text: "Nøkkel etter antall lærere i regionen", priorityAreas: [] }, { text: "Nøkkel etter antall skoler i regionen", priorityAreas: [] }],
      },
    ],
  },
] as const;

/**
 * DEMO: earlier years' evaluations, so the dashboard shows a county in normal operation. The texts are
 * placeholders, marked as demo data in the text itself.
 */
export const demoEvaluations = {
  years: [2023, 2024],
  text: {
    effect: "Demodata: skolene rapporterer økt bruk av varierte arbeidsmåter og flere elever som opplever mestring.",
    process: "Demodata: samlinger etter dialogkonferansemodellen, med mellomarbeid (aksjon) på hver skole.",
    structure: "Demodata: SUT i alle kommuner og SKUT på alle skoler; tid til utviklingsarbeid satt av i årsplanene.",
    moneyUse: "Demodata: nettverksmidlene gikk til samlinger og frikjøp; UH-midlene til veiledning fra Nord universitet.",
    participation: "Demodata: alle skolene deltok i fagsamlingene; fire skoler hadde skolebaserte tiltak.",
  },
  /** Regions whose 2024 report is still being reviewed, one of them delivered within an extension. */
  underReview2024: { bodo: { late: false }, ofoten: { late: true, until: "2025-02-15", reason: "Demodata: ny skoleutvikler tiltrådte i januar" } } as Record<string, { late: boolean; until?: string; reason?: string }>,
};

/**
 * DEMO: REKOM beside DEKOM (seed 001 fig. 2: Oppvekstforum is the steering group for both). Invented figures and
 * names: this year's kindergarten grant with a key over the same regions, a few kindergartens in Vesterålen (the
 * municipalities' and one private owner's), the kindergartens' development group, and a case prepared by AUB.
 */
export const demoRekom = {
  grant: { amountOre: 685_000_000n, receivedOn: "2026-01-29", letterRef: "DEMO: Udir tildelingsbrev REKOM 2026/12", approvedAt: "2026-02-19T10:00:00Z" },
  keyDecisionRef: "DEMO: Samarbeidsforum, møte 06.02.2024, sak 4/24 (REKOM)",
  keyDecidedOn: "2024-02-06",
  /** The videregående region has no kindergartens: weight 0. */
  shares: {
    vesteralen: 1200, lofoten: 1100, ofoten: 1100, salten: 1400, bodo: 1600,
    "indre-helgeland": 1300, "ytre-helgeland": 1200, "sor-helgeland": 1100, videregaende: 0,
  } as Record<string, number>,
  kindergartens: {
    Sortland: ["Holmstad barnehage", "Maurtuva barnehage"],
    Hadsel: ["Stokmarknes barnehage"],
    "Bø": ["Bø barnehage"],
    "Andøy": ["Andenes barnehage"],
  } as Record<string, string[]>,
  group: "Utviklingsgruppe barnehage Sortland",
  case: {
    number: "20/26", title: "Fordeling av REKOM-midler til barnehagebasert kompetanseutvikling 2027", kind: "OKONOMISK", preparedBy: "Arbeidsutvalg barnehage (AUB)",
    description: "AUB foreslår hvordan regionens REKOM-midler for 2027 fordeles mellom de barnehagebaserte tiltakene og barnehagelederne sitt nettverk.",
    proposals: [{ text: "Fordele etter antall barnehager i kommunene", priorityAreas: [] }, { text: "Fordele etter antall barn i kommunene", priorityAreas: [] }],
  },
} as const;
