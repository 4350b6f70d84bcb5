// swift-format-ignore-file
// GENERATED FILE: do not edit by hand. Made by Scripts/embed-config/generate.py from Config/;
// change the files there and run
//   python3 Scripts/embed-config/generate.py

extension BuiltinConfig {
    /// Every file of Config/, by its path inside Config/, sorted by path.
    static let files: [(path: String, text: String)] = [
        ("keys.yaml", #"""
# casus key bindings (tigrc-style). The standard keys apply; what is here changes them.
# Per context, `key: action`; `none` unbinds a key. Contexts (one per screen and dialog): global,
# incidents, cases, case, dossiers, dossier, entry, overview, incident, help, search, triage, step,
# prompt, picker, editor, preview, name-filter, school, report-form. Key names: j, G, Enter, Esc, Tab, Shift-Tab, Space, Ctrl-R, F1..F12,
# Up, Down, Left, Right, Home, End, PgUp, PgDn. Every action is listed by `?` in casus, and is
# also a `:` command.
#
# Examples:
# global:
#   Ctrl-R: redraw
#   F5: redraw
# case:
#   "+": step
#   S: close

"""#),
        ("protocols/SCHEMA.md", #"""
# Protocol profile format

A protocol profile is a school's social media protocol as data: one YAML file per protocol in
`Config/protocols/<id>.yaml`. casus loads every file here at start; a broken file is refused with
its name, line and what is wrong, and nothing else is loaded from it. A school that wants its own
rules copies the nearest profile to a new file, changes `id`, and edits it.

Everything the user reads is Dutch, quoted from the school's own document where the key says
"quoted". Unknown keys are refused (a typo must not silently switch a rule off).

```yaml
id: jozefschool                 # stable id: lowercase letters, digits and '-'; equals the file name
name: St. Jozefschool / De Pontonnier   # the school or board as the document names it
document: Protocol sociale media        # title of the source document
seed: 002_24d661d21cfa9cfb.txt          # optional: the seed file it was made from
adopted: "2022-06-01"                   # optional: date the document was adopted, as written

articles:                       # every rule of the document, in document order
  - id: A.5                     # casus's id: A.5, 3A.1, 4 ...; unique
    section: A. Voor alle gebruikers    # optional: the heading it stands under
    title: Opnamen alleen met toestemming   # short Dutch title (≤ 48 characters)
    text: >-                    # quoted: the article's full text, as in the document
      Het is niet toegestaan om foto-, film- en geluidsopnamen ...
    applies_to: [pupil, parent, staff]   # who it binds: pupil, parent, staff (≥ 1)
    severity: medium            # default severity of a breach: light, medium, severe
    platforms: [whatsapp]       # optional: platforms the rule names
    conduct: true               # can a person breach it? (see below)
    general: true               # optional, at most one: the general rule (decency) the
                                #   suggester proposes when a report names no specific act
    cite: "richtlijn A.5"       # how the school's own document numbers it, for letters and screens
    words: [filmen, gefilmd, filmpje, foto, zonder toestemming]   # the words people use for
                                #   a breach of it (10–40; phrases allowed), for the suggester

  - id: S.4                     # not conduct: a sanction clause
    title: Maatregelen leerlingen en ouders
    text: >-
      Afhankelijk van de ernst ... maatregelen worden genomen ...
    applies_to: [pupil, parent] # optional here: whom it is about (omit when it binds nobody)
    conduct: false
    cite: "Sancties en gevolgen voor medewerkers en leerlingen, punt 4"
    why: "Sanctiebepaling: de maatregelen voor leerlingen en ouders."   # optional: shown
                                #   when someone tries to choose it as breached

ladders:                        # the sanction ladder per subject kind, in the document's order
  default: false                # true: the document has no sanctions section and the
                                # default ladders below are used (then omit pupil/parent/staff)
  source: >-                    # quoted: the sentence(s) that list the sanctions
    ... variëren van waarschuwing, schorsing en verwijdering van school.
  pupil:  [warning, suspension, removal]
  parent: [warning, suspension, removal]
  staff:  [warning, suspension, reprimand, dismissal, summary-dismissal]
  letter_consequences:          # optional: what a letter may name as the consequence of a
    pupil: next                 #   further breach, per kind: next (the default: the next rung
    parent: [suspension]        #   of the ladder above the case's), none, or a list of rungs
    staff: none                 #   (named only where they lie above the case's rung)

measures:                       # optional: measures the document names that are not a rung
  - id: remove-posts            # lowercase-with-dashes, unique
    title: Berichten en beelden laten verwijderen
    applies_to: [pupil, parent]
    source: D.6                 # article id (must exist) where the document names it

offence_rules:                  # optional: a sanction that depends on how often it happened
  - id: phone
    title: Mobiele telefoon
    articles: [T.1]             # breaches of these articles count (ids must exist)
    window: school-year         # count within: school-year (1 Aug – 31 Jul) | ever
    source: T.2                 # optional article id
    steps:                      # by count; the last one holds for every further offence
      - count: 1
        rung: device-custody
        detail: Tot het einde van de dag in bewaring
      - count: 2
        rung: device-custody
        detail: Langer in bewaring; ouders op de hoogte
        obligations: [inform-parents]
      - count: 3
        rung: device-custody
        detail: Periode te bepalen door de directie
        set_by_director: true

escalations:
  aangifte: mandatory           # mandatory | optional | none: police report when possibly criminal
  aangifte_source: A.8          # article id where the document says so (optional for none)
  vertrouwensinspecteur:        # optional: phone report of grensoverschrijdend staff conduct
    phone: 0900-1113111
    qualified_by: [director, board]   # roles that may qualify conduct as grensoverschrijdend
    source: D.3
  inform_parents: every-sanction   # optional: every-sanction | as-law (default as-law)
  inform_parents_source: S.1    # optional article id

group_response:                 # optional (KOE): the response when several pupils are involved
  source: 3A.10
  levels:                       # from small to large; the first that fits is proposed
    - scope: small-group        # small-group | class | several-groups
      max_pupils: 3             # small-group only: at most this many pupils, one group
      action: Gesprek met de betrokken leerlingen
    - scope: class
      action: Bespreken in de groep
    - scope: several-groups
      action: Eventueel een extern persoon uitnodigen voor een informatiebijeenkomst (het protocol zegt ‘kan’)
```

## Conduct articles

A document holds more than rules of conduct. Only an article a person can breach is `conduct:
true`: a prohibition ("het is niet toegestaan"), a condition on a permission ("mag ... mits ..."),
a duty about one's own posts ("dient te vermelden"), a decency norm with examples. These have a
severity and words, can be chosen as breached and are suggested in triage. Everything else is
`conduct: false` and has neither severity nor words: sanction clauses (what happens after a
breach), procedures (aangifte, the vertrouwensinspecteur, who to call when in doubt), awareness
statements ("is persoonlijk verantwoordelijk", "dient zich ervan bewust te zijn"), definitions
and the school's own duties. Choosing one as breached is refused with its `why`. Offence rules
count breaches of conduct articles only.

`cite` is what a parent or employee finds in the school's own document ("richtlijn 4 voor
leerlingen", "afspraak 5 (Gebruikers)"): letters quote it, with casus's id when it differs.
Where a profile reconstructed numbering the document lost (KOE 3A.5–3A.11), check the cite
against the school's paper copy before a letter quotes it.

## Rung ids

| subject | rungs (stable ids) |
|---|---|
| pupil | `warning`, `time-out`, `device-custody`, `ict-ban`, `contract`, `suspension`, `removal` |
| parent | `warning`, `access-ban`, `removal` (a document's `suspension` is read as `access-ban`; `device-custody`, `ict-ban` and `contract` may be listed as the document does, but casus leaves them out) |
| staff | `warning`, `reprimand`, `suspension`, `dismissal`, `summary-dismissal` |

A ladder lists rungs in the document's order. Where that order differs from the law (the CAO PO
ranks a written reprimand below a suspension; a time-out is lighter than a suspension), casus
follows the law and `casus protocol show ID` lists the difference. Obligation ids an offence step
may name: `inform-parents`.

`time-out` is a rung only where the profile names it: at most the rest of the school day, the
parents told the same day, a talk after; the Inspectie treats it as a suspension, so casus asks for
a written notice (no shipped protocol names one). A staff member's precautionary suspension
(`precautionary-suspension`, an ordemaatregel) is not a rung of the ladder: casus always offers it. A case
lists it as its rung where no rung of the ladder was reached (and the ordemaatregel began).

## The legal layer

On top of every profile casus applies the law of the school's sector and denomination (the school
record: `casus school set`), with every rule's source and how far it was verified:
`casus protocol show ID --sector po|vo|so --denomination openbaar|bijzonder` lists it. A profile can
add to it (aangifte, the vertrouwensinspecteur, informing the parents of every sanction), never take
from it.

## Default ladders

Used when `ladders.default` is true:

- pupil and parent: `warning`, `suspension`, `removal` (for a parent: `warning`, `access-ban`, `removal`)
- staff: `warning`, `reprimand`, `suspension`, `dismissal`, `summary-dismissal`

"""#),
        ("protocols/cbo-meilan.yaml", #"""
# Seed 004_cd0d5df8ebb4cea3.txt — CBO Meilân: Protocol gebruik van Internet en Sociale Media (2016/2017)
id: cbo-meilan
name: CBO Meilân
document: Protocol gebruik van Internet en Sociale Media
seed: 004_cd0d5df8ebb4cea3.txt
adopted: "2017-01-30"   # GMR instemming 23 januari 2017; CvB vaststelling 30 januari 2017

articles:
  - id: I.1
    section: Afspraken voor leerlingen – Internet
    title: Computer alleen voor onderwijs en school
    text: >-
      Het is toegestaan tijd op de computer te besteden aan zaken die verband houden of te maken
      hebben met het onderwijs of de school.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak 1 (Internet)"
    words: [spelletjes, spelletje, gamen, gamet, games, spelen op de computer, niet voor school,
      filmpjes kijken, surfen, muziek luisteren, niet aan het werk, niet aan zijn opdracht,
      chromebook, schoolcomputer, tijdverdrijf, zinloos tijdverdrijf, pc, muziek, shoppen, webshop]

  - id: I.2
    section: Afspraken voor leerlingen – Internet
    title: Buiten schooltijd alleen met toestemming
    text: >-
      Buiten schooltijd zijn de computers toegankelijk met toestemming van personeel.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak 2 (Internet)"
    words: [na schooltijd, voor schooltijd, buiten schooltijd, na school, overblijven, tso,
      computerlokaal, alleen in het lokaal, zonder toezicht, zonder toestemming, stiekem,
      naar binnen geglipt, woensdagmiddag, tussen de middag]

  - id: I.3
    section: Afspraken voor leerlingen – Internet
    title: Niet zoeken op grove of seksuele woorden
    text: >-
      Bij surfen op internet wordt niet bewust gezocht op zoekwoorden die te maken hebben met grof
      taalgebruik, agressie, seks, discriminatie.
    applies_to: [pupil]
    severity: medium
    conduct: true
    cite: "afspraak 3 (Internet)"
    words: [zoeken, gezocht, zoekgeschiedenis, zoekopdracht, zoektermen, zoekwoorden, googelen,
      gegoogeld, seks, porno, bloot, naakt, wapen, geweld, vechtpartij, scheldwoorden, racistisch,
      discriminatie, geschiedenis, drugs]

  - id: I.4
    section: Afspraken voor leerlingen – Internet
    title: Printen alleen met toestemming
    text: >-
      Leerlingen mogen printen wat noodzakelijk is en met toestemming van het personeel.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak 4 (Internet)"
    words: [printen, geprint, uitgeprint, printje, afgedrukt, afdrukken, printer, kopieën, papier,
      zonder te vragen, plaatjes printen, kopiëren]

  - id: I.5
    section: Afspraken voor leerlingen – Internet
    title: Downloaden alleen met toestemming
    text: >-
      Leerlingen mogen downloaden wat noodzakelijk is en met toestemming van het personeel.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak 5 (Internet)"
    words: [downloaden, gedownload, download, installeren, geïnstalleerd, app, illegaal, torrent,
      virus, malware, muziek, film, .exe, crack, gekraakt, onbekende bron]

  - id: I.6
    section: Afspraken voor leerlingen – Internet
    title: Inlogsites alleen met toestemming
    text: >-
      Leerlingen bezoeken websites waarvoor ingelogd moet worden alleen met toestemming van het
      personeel.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak 6 (Internet)"
    words: [inloggen, ingelogd, aanmelden, aangemeld, chatsite, chatroom, inlogsite, wachtwoord,
      gebruikersnaam, gameaccount, zonder toestemming, eigen account, inlogscherm,
      zonder te vragen ingelogd]

  - id: I.7
    section: Afspraken voor leerlingen – Internet
    title: Geen persoonlijke gegevens via internet
    text: >-
      Voor iedereen geldt dat het niet is toegestaan om persoonlijke informatie zoals naam, adres,
      telefoonnummer, e-mailadres, wachtwoorden en pincodes te geven via internet en/of e-mail.
      Iedereen draagt er zorg voor dat alle persoonlijke informatie zoals nicknames,
      e-mailadressen, inlognamen en wachtwoorden verwijderd worden als wordt gestopt met werken op
      de computer.
    applies_to: [pupil]
    severity: medium
    conduct: true
    cite: "afspraak 7 (Internet)"
    words: [adres, huisadres, telefoonnummer, 06-nummer, e-mailadres, wachtwoord, pincode,
      inloggegevens, persoonlijke gegevens, privégegevens, ingelogd gebleven, niet uitgelogd,
      uitloggen, onbekende, vreemde, nickname, gebruikersnaam, doorgegeven, gedeeld met, uitgelogd,
      wachtwoord gedeeld, wachtwoord gegeven, adres gegeven, telefoonnummer gegeven]

  - id: I.8
    section: Afspraken voor leerlingen – Internet
    title: Nare informatie direct melden
    text: >-
      Leerlingen worden geacht meteen een personeelslid in te lichten als ze informatie tegenkomen
      waardoor ze zich niet prettig voelen of waarvan ze weten dat dat niet hoort. Leerlingen
      worden ook geacht personeel hierover in te lichten
    applies_to: [pupil]
    conduct: false
    cite: "afspraak 8 (Internet)"
    why: "Meldprocedure: leerlingen lichten personeel in als ze nare of ongepaste informatie tegenkomen."

  - id: E.1
    section: Afspraken voor leerlingen – E-mail
    title: E-mailadres van school na akkoord ouders
    text: >-
      Leerlingen krijgen een e-mailadres van de school. Voordat een e-mailadres voor de leerlingen
      in gebruik wordt gegeven, wordt de ouders/verzorgers gevraagd akkoord te gaan met het
      aanmaken van een mailbox met bijbehorend emailadres.
    conduct: false
    cite: "afspraak 1 (E-mail)"
    why: "Plicht/werkwijze van de school: leerlingen krijgen een schoolmailadres na akkoord van de ouders."

  - id: E.2
    section: Afspraken voor leerlingen – E-mail
    title: Alleen e-mail over onderwijs of school
    text: >-
      Het is alleen toegestaan e-mailberichten te sturen die verband houden met het onderwijs of de
      school.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak 2 (E-mail)"
    words: [kletsen, niet over school, webshop, nieuwsbrief, privémail, aanmelden bij, reclame,
      niets met school te maken, kletsen via de mail, registreren, inschrijven, voor de lol, games,
      schoolmail, schoolmailadres, berichtjes, aangemeld, aanmelden, spam, forum]

  - id: E.3
    section: Afspraken voor leerlingen – E-mail
    title: Geen e-mail die niet hoort
    text: >-
      Iedereen wordt geacht nooit e-mail op te stellen, te verzenden of te beantwoorden waarbij men
      zich niet prettig voelt of waar dingen in staan waarvan men weet dat dat niet hoort.
    applies_to: [pupil]
    severity: medium
    conduct: true
    cite: "afspraak 3 (E-mail)"
    words: [gemene mail, scheldmail, scheldwoorden, kettingbrief, dreigmail, bedreiging, beledigend,
      naar mailtje, gemeen, pesten via de mail, anonieme mail, niet prettig, hoort niet]

  - id: E.4
    section: Afspraken voor leerlingen – E-mail
    title: Geen persoonlijke info of foto's mailen
    text: >-
      Het is niet toegestaan om via e-mail persoonlijke informatie en/of foto's van zichzelf of van
      anderen te versturen zonder toestemming van de leraar.
    applies_to: [pupil]
    severity: medium
    conduct: true
    cite: "afspraak 4 (E-mail)"
    words: [foto mailen, foto gemaild, foto gestuurd, bijlage, persoonlijke informatie, adres,
      telefoonnummer, inloggegevens, wachtwoord, gegevens, zonder toestemming van de leraar,
      doorgestuurd, naaktfoto, selfie]

  - id: E.5
    section: Afspraken voor leerlingen – E-mail
    title: Alleen downloaden wat echt nodig is
    text: >-
      Leerlingen mogen slechts downloaden wat echt noodzakelijk is en slechts met toestemming van
      het personeel.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak 5 (E-mail)"
    words: [bijlage, bijlagen, attachment, gedownload, downloaden, openen, geopend, .exe, virus,
      phishing, onbekende afzender, link, bestand, installeren, zip]

  - id: G.1
    section: Afspraken gebruikers
    title: Sociale media in de les met toestemming
    text: >-
      Leerlingen en medewerkers (klas-gerelateerd) is toegestaan om tijdens de lessen actief te
      zijn op sociale media met toestemming van de leerkracht.
    applies_to: [pupil, staff]
    severity: light
    conduct: true
    cite: "afspraak 1 (Gebruikers)"
    words: [tijdens de les, onder de les, in de les, lestijd, sociale media, scrollen,
      zonder toestemming, chromebook, laptop, reageren, zonder toestemming van de leerkracht,
      social media in de les, lesuur, instructie, uitleg, toets, rekenen, taalles, spelling,
      stillezen, aardrijkskunde, topografie, gymles, kring, zelfstandig werken, opdracht,
      in de klas, midden in de les, liken, posten in de les]

  - id: G.2
    section: Afspraken gebruikers
    title: Delen mag, mits niet vertrouwelijk of schadelijk
    text: >-
      Het is toegestaan om kennis en informatie over school, medewerkers en leerlingen te delen ,
      mits dit geen vertrouwelijke of persoonlijke informatie betreft en andere betrokkenen niet
      schaadt.
    applies_to: [pupil, parent, staff]
    severity: medium
    conduct: true
    cite: "afspraak 2 (Gebruikers)"
    words: [vertrouwelijk, persoonlijke informatie, privé, gedeeld, rondgestuurd, doorgestuurd,
      roddel, roddelen, geroddeld, thuissituatie, scheiding, diagnose, blijven zitten, schulden,
      gezinssituatie, zorgleerling, medisch, ziek, ziekte, ziekenhuis, burn-out, overspannen,
      depressie, medicijnen, medicatie, adhd, autisme, dyslexie, gezondheid, zwanger, hoofdluis,
      luizen, gescheiden, vechtscheiding, failliet, armoede, uitkering, situatie thuis,
      problemen thuis, jeugdzorg, veilig thuis, zorgmelding, ondertoezichtstelling,
      uithuisplaatsing, pleeggezin, vastzit, gevangenis, contactverbod, blijft zitten,
      zittenblijven, rapport, cijfers, toetsresultaten, toetsscores, toetsuitslagen, schooladvies,
      zorgniveau, overleden, adres, telefoonnummer, 06-nummer, woonadres, privézaken, met naam,
      met de naam, voornaam, achternaam, initialen, herkenbaar, weet wie het is, over wie het gaat,
      verteld, ruzie thuis, verhuizen]

  - id: G.3
    section: Afspraken gebruikers
    title: Persoonlijk verantwoordelijk voor inhoud
    text: >-
      De betrokkene is persoonlijk verantwoordelijk voor de inhoud welke hij of zij publiceert op
      de sociale media.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "afspraak 3 (Gebruikers)"
    why: "Uitgangspunt: de betrokkene is persoonlijk verantwoordelijk voor de inhoud; noemt geen gedraging."

  - id: G.4
    section: Afspraken gebruikers
    title: Gepubliceerde teksten blijven openbaar
    text: >-
      Elke betrokkene dient zich ervan bewust te zijn dat de gepubliceerde teksten en uitlatingen
      voor onbepaalde tijd openbaar zullen zijn, ook na verwijdering van het bericht.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "afspraak 4 (Gebruikers)"
    why: "Bewustzijnsverklaring: gepubliceerde teksten blijven openbaar, ook na verwijderen."

  - id: G.5
    section: Afspraken gebruikers
    title: Opnamen alleen met toestemming
    text: >-
      Het is voor betrokkenen niet toegestaan om foto, film en geluidsopnamen van
      schoolgerelateerde situatie op de school- en/of persoonlijke sociale media te zetten tenzij
      degene die afgebeeld of hoorbaar zijn hier uitdrukkelijk toestemming voor plaatsing hebben
      gegeven.
    applies_to: [pupil, parent, staff]
    severity: medium
    conduct: true
    cite: "afspraak 5 (Gebruikers)"
    words: [foto, "foto's", filmpje, video, film, opname, geluidsopname, gefilmd, gefotografeerd,
      gepost, online gezet, geplaatst, story, reel, herkenbaar, in beeld, getagd,
      zonder toestemming, bezwaar, musical, schoolreis, sportdag, fotootje, plaatje, afbeelding,
      beeld, beelden, screenshot, schermafbeelding, opnemen, opgenomen, fragment, clip, vlog,
      livestream, bereal, selfie, filmde, filmen, fotograferen, vastgelegd]

  - id: G.6
    section: Afspraken gebruikers
    title: Geen privé-'vrienden' met leerlingen
    text: >-
      Het is medewerkers niet toegestaan om met een privéaccount "vrienden" te worden met
      leerlingen op social media.
    applies_to: [staff]
    severity: severe
    conduct: true
    cite: "afspraak 6 (Gebruikers)"
    words: [vrienden, bevriend, vriendschapsverzoek, volgen, volgt, toegevoegd, privéaccount,
      privé-facebook, snapchatnaam, dm, privébericht, contact houden, leerlingen volgen,
      snapchat toevoegen, volger, geaccepteerd, privé-account, privéberichten, privéchat,
      chatten met leerlingen, appen met leerlingen, snaps, streak, samen gamen, hartjes, likes]

  - id: G.7
    section: Afspraken gebruikers
    title: Fatsoensnormen; niet pesten of bedreigen
    text: >-
      Alle betrokkenen nemen de fatsoensnormen in acht. (bijvoorbeeld: mensen pesten, kwetsen,
      stalken, bedreigen, zwartmaken of anderszins beschadigen) Als fatsoensnormen worden
      overschreden dan neemt de school passende maatregelen
    applies_to: [pupil, parent, staff]
    severity: severe
    conduct: true
    general: true
    cite: "afspraak 7 (Gebruikers)"
    words: [pesten, gepest, cyberpesten, kwetsen, stalken, bedreigen, bedreigd, dreigen, dreigt,
      doodsbedreiging, afmaken, kapotmaken, uitschelden, uitgescholden, schold, uitgemaakt voor,
      scheldwoord, gemeen, gemene, zwartmaken, beschadigen, belachelijk maken, nepaccount,
      fake account, buitensluiten, racistisch, discriminatie, account overgenomen, gehackt,
      schelden, scheldwoorden, beledigen, belediging, beledigend, kwetsend, vernederen, uitlachen,
      lelijk, lelijkste, dik, dikke, loser, sukkel, idioot, debiel, achterlijk, kut, trut, hoer,
      slet, kanker, tyfus, tering, mongool, mietje, aap, zwerver, tuig, wijf, zeikerd, klootzak,
      lul, eikel, stom, dom, cijfer geven, cijfers geven, rating, ranking, lijstje, poll,
      bedreiging, dreigement, dood, vermoorden, neersteken, steken, mes, slaan, in elkaar slaan,
      opwachten, te grazen, kapot, lesje leren, weet waar je woont, opzoeken, voor de deur,
      uitkijken, wraak, pakken, gestalkt, achtervolgen, blijft berichten sturen, elke dag berichten,
      steeds berichten, blijft volgen, geblokkeerd, nieuw account, ongevraagd, lastigvallen,
      opgezocht, buitengesloten, uit de groep gezet, uit de groep gegooid, uit de groep, negeren,
      genegeerd, niemand mag, zwartgemaakt, leugens, liegen, lasteren, laster, verzonnen,
      beschuldigen, beschuldiging, recensie, recensies, reviews, slechte naam, afkraken, afzeiken,
      hacken, hack, wachtwoord, inloggen, ingelogd, inloggegevens, overgenomen, ingebroken, geraden,
      toegang, nepprofiel, anoniem, anoniem account, uitgeven voor, gaf zich uit voor,
      zich voordoen als, deed zich voor als, namens, op naam van, account aangemaakt,
      met de naam van, valse naam, schuilnaam, nagemaakt, sexting, nudes, naaktfoto, naakt, bloot,
      blote, ondergoed, seks, seksueel, porno, sextortion, chantage, gechanteerd, racisme,
      discrimineren, discriminerend, homofoob, antisemitisch, eigen land, huidskleur, afkomst,
      geloof, terrorist, homo, "homo's", transgender, lhbti, meme, memes, sticker, stickers,
      bewerkt, photoshop, gefotoshopt, montage, nepfoto]

  - id: W.1
    section: Specifiek voor werknemers tijdens werksituaties
    title: Vermelden dat je medewerker bent
    text: >-
      Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media:
      privémeningen van medewerkers kunnen eenvoudig verward worden met de officiële standpunten
      van de school of CBO Meilân. Indien een medewerker deelneemt aan een discussie die (op
      enigerlei wijze) te maken heeft met de school of CBO Meilân dient de medewerker te vermelden
      dat hij/zij medewerker is van de school of CBO Meilân.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "werknemersafspraak 1 (werksituaties)"
    words: [medewerker, werkt bij, werkt er, niet vermeld, zonder te zeggen, niet gezegd,
      onder werktijd, tijdens werktijd, discussie, reageren, verdedigen, functie, cbo meilân,
      vanaf school, op het werk, zei er niet bij, zonder te vermelden, schuilnaam, anoniem,
      werkt er zelf, zelf juf, zelf meester, zelf leerkracht, medewerker van, meediscussiëren,
      draadje, forum, reageert, reactie onder]

  - id: W.2
    section: Specifiek voor werknemers tijdens werksituaties
    title: Ontsporende discussie direct melden
    text: >-
      Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te nemen
      met zijn/haar leidinggevende om de te volgen strategie te bespreken.
    applies_to: [staff]
    conduct: false
    cite: "werknemersafspraak 2 (werksituaties)"
    why: "Procedure: bij een ontsporende online discussie de leidinggevende inschakelen."

  - id: W.3
    section: Specifiek voor werknemers tijdens werksituaties
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel of een publicatie in strijd met deze richtlijnen neemt de medewerker contact op
      met zijn leidinggevende.
    applies_to: [staff]
    conduct: false
    cite: "werknemersafspraak 3 (werksituaties)"
    why: "Advies/procedure: bij twijfel contact met de leidinggevende."

  - id: P.1
    section: Specifiek voor werknemer tijdens privésituaties
    title: Geen vertrouwelijke of persoonsgebonden info
    text: >-
      Het is de medewerker toegestaan om school/werkgerelateerde onderwerpen te publiceren mits dit
      geen vertrouwelijke of persoonsgebonden informatie over de school, zijn medewerkers,
      leerlingen, ouders/verzorgers en andere betrokkenen betreft. Tevens mag de publicatie de
      naam van de school en/of CBO Meilân niet schaden.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "werknemersafspraak 1 (privésituaties)"
    words: [vertrouwelijk, persoonsgebonden, persoonsgegevens, privé, namen, herkenbaar, cijfers,
      dossier, thuissituatie, ontslag, "collega's", naam van de school, imago, schade, blog,
      leerlinggegevens, gezondheid, ziek, ziekte, ziekenhuis, burn-out, overspannen, depressie,
      medicijnen, medicatie, diagnose, adhd, autisme, dyslexie, medisch, zwanger, hoofdluis, luizen,
      scheiding, gescheiden, vechtscheiding, failliet, schulden, armoede, uitkering, situatie thuis,
      problemen thuis, gezinssituatie, jeugdzorg, veilig thuis, zorgmelding, ondertoezichtstelling,
      uithuisplaatsing, pleeggezin, vastzit, gevangenis, contactverbod, blijft zitten,
      blijven zitten, zittenblijven, rapport, toetsresultaten, toetsscores, toetsuitslagen,
      schooladvies, zorgleerling, zorgniveau, overleden, adres, telefoonnummer, 06-nummer,
      woonadres, persoonlijke informatie, privézaken, met naam, met de naam, voornaam, achternaam,
      initialen, weet wie het is, over wie het gaat, roddel, roddelen, geroddeld, rondgestuurd,
      verteld, intern, interne informatie, formatie, ontslagen, reorganisatie, fusie, bezuiniging,
      bezuinigen, begroting, financiën, geld, teamvergadering, mr, directieoverleg,
      inspectierapport, personeelszaken, vacature, notulen, nog niet bekend, geheim,
      "namen van collega's"]

  - id: P.2
    section: Specifiek voor werknemer tijdens privésituaties
    title: Geen standpunten tegen missie en visie
    text: >-
      Het is voor medewerkers niet toegestaan standpunten en/of overtuigingen uit te dragen welke
      in strijd zijn met de missie en visie van CBO Meilân en de uitgangspunten van dit protocol.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "werknemersafspraak 2 (privésituaties)"
    words: [missie, visie, identiteit, christelijk, geloof, religie, overtuiging, standpunten,
      propaganda, complot, antivax, thuisonderwijs, schoolverzuim, extreem, haat, politiek,
      godsdienst, vaccinatie, complotdenken, extremistisch, leerplicht, racistisch, racisme,
      discriminatie, discrimineren, discriminerend, homofoob, antisemitisch, eigen land, huidskleur,
      afkomst, terrorist, homo, "homo's", transgender, lhbti, thuishouden, afraden, ouders oproepen,
      tegen de school, zinloos]

  - id: P.3
    section: Specifiek voor werknemer tijdens privésituaties
    title: Vermelden dat het een persoonlijke mening is
    text: >-
      Indien de medewerker over de school of CBO Meilân publiceert dient hij/zij het bericht te
      voorzien van het bericht dat de standpunten in dit bericht de eigen persoonlijke mening zijn
      en los staan van eventuele officiële standpunten van de school of CBO Meilân.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "werknemersafspraak 3 (privésituaties)"
    words: [persoonlijke mening, eigen mening, eigen standpunt, disclaimer, namens de stichting,
      officieel standpunt, blog, column, opiniestuk, stuk over de school, geen vermelding, los van,
      wij vinden, op persoonlijke titel, persoonlijke titel, namens de school, standpunt,
      de school zegt, alsof het beleid is, niet vermeld, nergens staat]

  - id: T.1
    section: Mobiele telefoons, smartphones en overige informatie- en communicatiemiddelen door leerlingen
    title: Telefoon alleen als de leerkracht het toestaat
    text: >-
      Mobiele telefoons (waaronder smartphones met of zonder camerafunctie danwel andere functies
      zoals internet), danwel andere informatie- en communicatiemiddelen mogen in en om de school
      gebruikt worden wanneer de leerkracht het gebruik toestaat. Bedoeling is dat het toestel
      functioneel ingezet wordt voor onderwijsactiviteiten. Dit geldt ook tijdens
      schoolactiviteiten die elders plaatsvinden.
    applies_to: [pupil]
    severity: light
    conduct: true
    cite: "afspraak mobiele telefoons (gebruik)"
    words: [telefoon, mobiel, mobieltje, gsm, smartphone, smartwatch, onder de tafel, appen, bellen,
      gamen, snappen, tablet, airpods, oortjes, ingenomen, scherm, toestel, telefoonbak,
      telefoon gebruiken, telefoons, in de tas, ingeleverd, spelletje, spelletjes, tweede toestel,
      oplichten, lichtte op, trilde, berichtjes]

  - id: T.2
    section: Mobiele telefoons, smartphones en overige informatie- en communicatiemiddelen door leerlingen
    title: Geen opnamen zonder toestemming directie
    text: >-
      Het maken van opnamen (geluid, video, foto's en dergelijke) is zowel in en om de school als
      tijdens schoolactiviteiten elders te allen tijde verboden, tenzij met schriftelijke
      toestemming van de directie.
    applies_to: [pupil]
    severity: medium
    conduct: true
    cite: "afspraak mobiele telefoons (opnamen)"
    words: [opname, opnamen, opnemen, opgenomen, filmen, gefilmd, filmde, filmpje, foto,
      fotograferen, gefotografeerd, geluidsopname, video, camera, stiekem, vastgelegd, in beeld,
      schoolplein, schoolreis, in en om de school, uitstapje, fotootje, plaatje, afbeelding, beeld,
      beelden, screenshot, schermafbeelding, fragment, clip, vlog, livestream, story, reel, bereal,
      selfie, foto maken, omhoog, excursie, kerstviering, schoolactiviteit, uitje]

  - id: SA.1
    section: Sancties en gevolgen bij
    title: Sancties; ouders worden altijd geïnformeerd
    text: >-
      Mogelijke sancties zijn het tijdelijk verbieden om gebruik te maken van informatie en
      communicatiemiddelen. Ook het opstellen van een contract (waarin vastgelegd wordt wat wel en
      wat niet mag en de gevolgen bij overtreding), en schorsing en verwijdering kunnen een sanctie
      zijn. Ouders/verzorgers zullen geïnformeerd worden over eventuele sancties / getroffen
      maatregelen.
    applies_to: [pupil]
    conduct: false
    cite: "Sancties en gevolgen (algemeen)"
    why: "Sanctiebepaling: mogelijke sancties (ICT-verbod, contract, schorsing, verwijdering); ouders worden geïnformeerd."

  - id: EM.1
    section: Sancties en gevolgen bij – E-mail
    title: E-mailadres ingetrokken bij misbruik
    text: >-
      Een e-mailadres wordt (na overeenstemmend overleg met de directie) onmiddellijk voor een
      redelijke termijn te bepalen door de directie uit de bestandenlijst verwijderd, wanneer wordt
      vastgesteld dat er: a. onwettige activiteiten mee gepleegd worden; b. sprake is van
      onverantwoord gebruik; c. gepest wordt;
    applies_to: [pupil]
    conduct: false
    cite: "Sancties – E-mail, punt 1"
    why: "Sanctiebepaling: intrekken van het e-mailadres."

  - id: EM.2
    section: Sancties en gevolgen bij – E-mail
    title: Gebruiker of ouders krijgen de reden
    text: >-
      De betrokken gebruiker (c.q. ouders/verzorgers van) wordt daarvan in kennisgesteld door de
      directie. Tevens wordt daarbij aangegeven waarom het emailadres wordt verwijderd.
    applies_to: [pupil]
    conduct: false
    cite: "Sancties – E-mail, punt 2"
    why: "Procedure: de gebruiker of de ouders krijgen bericht met de reden."

  - id: EM.3
    section: Sancties en gevolgen bij – E-mail
    title: Waarschuwing bij minder ernstig misbruik
    text: >-
      De gebruiker van een emailadres krijgt bij minder ernstig misbruik een waarschuwing.
      Ouder(s)/voogd(en)/verzorger(s) worden daarvan zo spoedig mogelijk in kennis gesteld.
      Daarbij wordt aangegeven wat de reden van deze berisping is.
    applies_to: [pupil]
    conduct: false
    cite: "Sancties – E-mail, punt 3"
    why: "Sanctiebepaling: waarschuwing bij minder ernstig misbruik; ouders in kennis gesteld."

  - id: SM.1
    section: Sancties en gevolgen bij – Sociale media
    title: Medewerker in strijd met protocol
    text: >-
      Medewerkers die in strijd handelen met dit protocol maken zich schuldig aan plichtsverzuim.
      Alle correspondentie omtrent dit onderwerp wordt opgenomen in het personeelsdossier.
    applies_to: [staff]
    conduct: false
    cite: "Sancties – Sociale media, punt 1"
    why: "Sanctiebepaling: plichtsverzuim; correspondentie in het personeelsdossier."

  - id: SM.2
    section: Sancties en gevolgen bij – Sociale media
    title: Grensoverschrijdend melden bij inspecteur
    text: >-
      Indien het College van Bestuur van CBO Meilân de wijze van communiceren door een
      medewerker(s) als “grensoverschrijdend” kwalificeert, dan wordt dit telefonisch gemeld bij
      de Landelijke Vertrouwensinspecteur (0900-1113111).
    applies_to: [staff]
    conduct: false
    cite: "Sancties – Sociale media, punt 2"
    why: "Procedure: melding bij de Landelijke Vertrouwensinspecteur als het CvB communicatie grensoverschrijdend noemt."

  - id: SM.3
    section: Sancties en gevolgen bij – Sociale media
    title: Rechtspositionele maatregelen medewerkers
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen worden naar medewerkers
      tot rechtspositionele maatregelen opgenomen welke variëren van waarschuwing, schorsing,
      berisping, ontslag en ontslag op staande voet.
    applies_to: [staff]
    conduct: false
    cite: "Sancties – Sociale media, punt 3"
    why: "Sanctiebepaling: rechtspositionele maatregelen voor medewerkers."

  - id: SM.4
    section: Sancties en gevolgen bij – Sociale media
    title: Leerling of ouder in strijd met protocol
    text: >-
      Leerlingen en/of ouders/verzorgers die in strijd met dit protocol handelen maken zich
      mogelijk schuldig aan verwijtbaar gedrag. Alle correspondentie omtrent dit onderwerp wordt
      opgenomen in het leerlingendossier.
    applies_to: [pupil, parent]
    conduct: false
    cite: "Sancties – Sociale media, punt 4"
    why: "Sanctiebepaling: verwijtbaar gedrag van leerlingen en ouders; correspondentie in het leerlingendossier."

  - id: SM.5
    section: Sancties en gevolgen bij – Sociale media
    title: Maatregelen leerlingen en ouders
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen worden naar leerlingen
      en/of ouders/verzorgers toe maatregelen genomen welke variëren van waarschuwing, schorsing en
      verwijdering van school.
    applies_to: [pupil, parent]
    conduct: false
    cite: "Sancties – Sociale media, punt 5"
    why: "Sanctiebepaling: maatregelen voor leerlingen en ouders."

  - id: SM.6
    section: Sancties en gevolgen bij – Sociale media
    title: Aangifte bij mogelijk strafbaar feit
    text: >-
      Indien de uitlating van leerlingen en/of ouders/verzorgers en medewerkers mogelijk een
      strafrechtelijke overtreding inhoudt zal door CBO Meilân aangifte bij de politie worden
      gedaan.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "Sancties – Sociale media, punt 6"
    why: "Procedure van de school: aangifte bij een mogelijk strafbaar feit."

  - id: MT.1
    section: Sancties en gevolgen bij – Mobiele telefoons
    title: Eerste overtreding telefoon
    text: >-
      Bij een eerste overtreding wordt het apparaat tot het einde van de dag in bewaring genomen.
    applies_to: [pupil]
    conduct: false
    cite: "Sancties – Mobiele telefoons, punt 1"
    why: "Sanctiebepaling: eerste telefoonovertreding (in bewaring tot einde dag)."

  - id: MT.2
    section: Sancties en gevolgen bij – Mobiele telefoons
    title: Tweede overtreding telefoon
    text: >-
      Bij een tweede overtreding wordt het apparaat langer in bewaring genomen. De ouders worden op
      de hoogte gesteld. De school vindt het de verantwoordelijkheid van de leerling dat hij/ zij
      zich aan de schoolregels houdt, zeker als het bezit van met name een mobiele telefoon
      belangrijk is voor communicatie met thuis.
    applies_to: [pupil]
    conduct: false
    cite: "Sancties – Mobiele telefoons, punt 2"
    why: "Sanctiebepaling: tweede telefoonovertreding (langer in bewaring, ouders ingelicht)."

  - id: MT.3
    section: Sancties en gevolgen bij – Mobiele telefoons
    title: Derde en volgende overtreding telefoon
    text: >-
      Bij een derde en volgende overtreding wordt het apparaat voor een nog langere periode te
      bepalen door de directie in bewaring genomen.
    applies_to: [pupil]
    conduct: false
    cite: "Sancties – Mobiele telefoons, punt 3"
    why: "Sanctiebepaling: derde en volgende telefoonovertreding (periode bepaald door de directie)."

  # T.3 stands last in the document, under "In bewaring nemen"; it binds whoever takes the device.
  - id: T.3
    section: In bewaring nemen
    title: Apparaat controleren in bijzijn leerling
    text: >-
      een apparaat dat in bewaring wordt genomen moet in het bijzijn van de leerling worden
      gecontroleerd op beschadigingen en correcte werking, en vervolgens worden uitgezet; Ouders
      kunnen in bijzondere gevallen via het telefoonnummer van de school hun kind(eren) bereiken
      dan wel een bericht doorgeven.
    applies_to: [staff]
    conduct: false
    cite: "Mobiele telefoons – In bewaring nemen"
    why: "Procedure voor wie een apparaat in bewaring neemt (controleren, uitzetten, ouders bereikbaar via school)."

ladders:
  default: false
  source: >-
    Mogelijke sancties zijn het tijdelijk verbieden om gebruik te maken van informatie en
    communicatiemiddelen. Ook het opstellen van een contract (waarin vastgelegd wordt wat wel en
    wat niet mag en de gevolgen bij overtreding), en schorsing en verwijdering kunnen een sanctie
    zijn. Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen worden naar
    medewerkers tot rechtspositionele maatregelen opgenomen welke variëren van waarschuwing,
    schorsing, berisping, ontslag en ontslag op staande voet. Afhankelijk van de ernst van de
    uitlatingen, gedragingen en gevolgen worden naar leerlingen en/of ouders/verzorgers toe
    maatregelen genomen welke variëren van waarschuwing, schorsing en verwijdering van school.
  pupil:  [warning, device-custody, ict-ban, contract, suspension, removal]
  parent: [warning, device-custody, ict-ban, contract, suspension, removal]
  staff:  [warning, suspension, reprimand, dismissal, summary-dismissal]

measures:
  - id: email-withdrawal
    title: E-mailadres intrekken
    applies_to: [pupil]
    source: EM.1

offence_rules:
  - id: phone
    title: Mobiele telefoon
    articles: [T.1, T.2]
    window: school-year
    source: MT.1
    steps:
      - count: 1
        rung: device-custody
        detail: Tot het einde van de dag in bewaring
      - count: 2
        rung: device-custody
        detail: Langer in bewaring; ouders op de hoogte
        obligations: [inform-parents]
      - count: 3
        rung: device-custody
        detail: Periode te bepalen door de directie
        set_by_director: true

  - id: email
    title: E-mail
    articles: [E.2, E.3, E.4]
    window: school-year
    source: EM.1
    steps:
      - count: 1
        rung: warning
        detail: Waarschuwing; ouders zo spoedig mogelijk op de hoogte
        obligations: [inform-parents]
      - count: 2
        rung: ict-ban
        detail: E-mailadres ingetrokken voor een termijn te bepalen door de directie
        obligations: [inform-parents]
        set_by_director: true

escalations:
  aangifte: mandatory
  aangifte_source: SM.6
  vertrouwensinspecteur:
    phone: 0900-1113111
    qualified_by: [board]
    source: SM.2
  inform_parents: every-sanction
  inform_parents_source: SA.1

"""#),
        ("protocols/jozefschool.yaml", #"""
# Seed 002_24d661d21cfa9cfb.txt — St. Jozefschool / De Pontonnier: protocol sociale media
id: jozefschool
name: St. Jozefschool / De Pontonnier
document: Protocol sociale media
seed: 002_24d661d21cfa9cfb.txt

articles:
  - id: A.1
    section: A. Voor alle gebruikers
    title: Persoonlijk verantwoordelijk voor berichten
    text: >-
      Iedere betrokkene is persoonlijk verantwoordelijk voor de inhoud van de berichten die hij of
      zij onder persoonlijke titel publiceert op sociale media.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "richtlijn A.1"
    why: "Uitgangspunt: ieder is persoonlijk verantwoordelijk voor wat hij publiceert; noemt geen gedraging."

  - id: A.2
    section: A. Voor alle gebruikers
    title: Berichten blijven online, ook na verwijderen
    text: >-
      Elke betrokkene dienst zich ervan bewust te zijn, dat gepubliceerde teksten en beelden voor
      onbepaalde tijd online zullen staan , ook na verwijdering van het bericht.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "richtlijn A.2"
    why: "Bewustzijnsverklaring: berichten blijven online, ook na verwijderen."

  - id: A.3
    section: A. Voor alle gebruikers
    title: Niet actief op sociale media tijdens de les
    text: >-
      Het is medewerkers en leerlingen niet toegestaan om tijdens de lessen actief te zijn op
      sociale media, tenzij door de schoolleiding, respectievelijk het onderwijzend personeel,
      hiervoor expliciet toestemming is gegeven.
    applies_to: [pupil, staff]
    severity: light
    conduct: true
    cite: "richtlijn A.3"
    words: [tijdens de les, onder de les, in de les, lestijd, in de klas, tijdens de toets,
      telefoon, mobiel, gsm, scrollen, snappen, appen, chatten, op tiktok, chromebook, ipad,
      stiekem, onder de tafel, zonder toestemming, tijdens de instructie, social media,
      zonder toestemming online, lesuur, instructie, uitleg, toets, rekenen, taalles, spelling,
      stillezen, aardrijkskunde, topografie, gymles, kring, zelfstandig werken, opdracht,
      midden in de les]

  - id: A.4
    section: A. Voor alle gebruikers
    title: Delen mag, mits niet vertrouwelijk of schadelijk
    text: >-
      Het is betrokkenen bij de school toegestaan om kennis en informatie te delen, mits het geen
      vertrouwelijke of persoonlijke informatie betreft en andere betrokkenen bij de school niet
      schaadt.
    applies_to: [pupil, parent, staff]
    severity: medium
    conduct: true
    cite: "richtlijn A.4"
    words: [vertrouwelijk, persoonlijke informatie, privé, privégegevens, adres, telefoonnummer,
      cijfers, diagnose, adhd, autisme, thuissituatie, verslag, geroddeld, roddelen, medisch,
      woonadres, adreslijst, gezinssituatie, gegevens van, cijferlijst, privacygevoelig,
      persoonlijke gegevens, ziek, ziekte, ziekenhuis, burn-out, overspannen, depressie, medicijnen,
      medicatie, dyslexie, gezondheid, zwanger, hoofdluis, luizen, scheiding, gescheiden,
      vechtscheiding, failliet, schulden, armoede, uitkering, situatie thuis, problemen thuis,
      jeugdzorg, veilig thuis, zorgmelding, ondertoezichtstelling, uithuisplaatsing, pleeggezin,
      vastzit, gevangenis, contactverbod, blijft zitten, blijven zitten, zittenblijven, rapport,
      toetsresultaten, toetsscores, toetsuitslagen, schooladvies, zorgleerling, zorgniveau,
      overleden, 06-nummer, privézaken, met naam, met de naam, voornaam, achternaam, initialen,
      herkenbaar, weet wie het is, over wie het gaat, roddel, rondgestuurd, verteld]

  - id: A.5
    section: A. Voor alle gebruikers
    title: Opnamen alleen met toestemming
    text: >-
      Het is niet toegestaan om foto-, film- en geluidsopnamen van school gerelateerde situaties
      op sociale media te zetten, tenzij betrokkenen uitdrukkelijk toestemming hebben gegeven voor
      plaatsing.
    applies_to: [pupil, parent, staff]
    severity: medium
    conduct: true
    cite: "richtlijn A.5"
    words: [filmen, gefilmd, filmde, filmpje, video, opname, opgenomen, opnemen, geluidsopname,
      vastgelegd, foto, "foto's", fotograferen, gefotografeerd, selfie, reel, beelden, in beeld,
      herkenbaar, zonder toestemming, zonder te vragen, kleedkamer, online gezet, gepost,
      beeldmateriaal, screenopname, heimelijk gefilmd, fotootje, plaatje, afbeelding, beeld,
      screenshot, schermafbeelding, fragment, clip, vlog, livestream, story, bereal]

  - id: A.6
    section: A. Voor alle gebruikers
    # The protocol advises against befriending pupils (no rule); the rule is the second sentence:
    # whoever does, gives pupils only what fits the relation (a review: a letter charged the advice).
    title: "Bevriend met leerlingen: alleen wat past"
    text: >-
      Het wordt medewerkers van De st. Jozefschool/ De Pontonnier afgeraden om ‘vrienden’ te worden
      met leerlingen op sociale media. Wanneer zij ervoor kiezen om dit wel te doen, zorgen zij
      ervoor dat de leerlingen alleen informatie krijgen die zinvol is en past bij de relatie
      leerkracht- leerling.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn A.6"
    words: [vrienden, bevriend, vriendschapsverzoek, volgen, volgt, volger, toegevoegd, accepteren,
      geaccepteerd, privé-account, privéaccount, dm, privébericht, likes, leerlingen volgen,
      contact met leerlingen, volgverzoek, chatten met leerlingen, "reageert op foto's",
      privéberichten, privéchat, appen met leerlingen, snaps, streak, samen gamen, hartjes]

  - id: A.7
    section: A. Voor alle gebruikers
    title: Fatsoensnormen; niet pesten of bedreigen
    text: >-
      Alle betrokkenen nemen de fatsoensnormen in acht. Als fatsoensnormen worden overtreden
      (bijvoorbeeld personen pesten, kwetsen, stalken, bedreigen, zwartmaken of anderszins
      beschadigen) neemt de school passende maatregelen. Zie ook: Sancties en gevolgen voor
      medewerkers en leerlingen.
    applies_to: [pupil, parent, staff]
    severity: severe
    conduct: true
    general: true
    cite: "richtlijn A.7"
    words: [pesten, gepest, cyberpesten, kwetsen, kwetsend, stalken, gestalkt, achtervolgen,
      bedreigen, bedreigd, bedreiging, dreigen, dreigt, doodsbedreiging, steek je neer, maak je af,
      uitschelden, uitgescholden, uitgemaakt voor, schelden, zwartmaken, beschadigen,
      belachelijk maken, vernederen, buitensluiten, nepaccount, gehackt, racistisch, discriminatie,
      smaad, schold, scheldwoord, scheldwoorden, beledigen, belediging, beledigend, gemeen, gemene,
      uitlachen, lelijk, lelijkste, dik, dikke, loser, sukkel, idioot, debiel, achterlijk, kut,
      trut, hoer, slet, kanker, tyfus, tering, mongool, mietje, aap, zwerver, tuig, wijf, zeikerd,
      klootzak, lul, eikel, stom, dom, cijfer geven, cijfers geven, rating, ranking, lijstje, poll,
      dreigement, dood, vermoorden, afmaken, neersteken, steken, mes, slaan, in elkaar slaan,
      opwachten, te grazen, kapotmaken, kapot, lesje leren, weet waar je woont, opzoeken,
      voor de deur, uitkijken, wraak, pakken, blijft berichten sturen, elke dag berichten,
      steeds berichten, blijft volgen, geblokkeerd, nieuw account, ongevraagd, lastigvallen,
      opgezocht, buitengesloten, uit de groep gezet, uit de groep gegooid, uit de groep, negeren,
      genegeerd, niemand mag, zwartgemaakt, leugens, liegen, lasteren, laster, verzonnen,
      beschuldigen, beschuldiging, recensie, recensies, reviews, slechte naam, afkraken, afzeiken,
      hacken, hack, wachtwoord, inloggen, ingelogd, inloggegevens, account overgenomen, overgenomen,
      ingebroken, geraden, toegang, fake account, nepprofiel, anoniem, anoniem account,
      uitgeven voor, gaf zich uit voor, zich voordoen als, deed zich voor als, namens, op naam van,
      account aangemaakt, met de naam van, valse naam, schuilnaam, nagemaakt, sexting, nudes,
      naaktfoto, naakt, bloot, blote, ondergoed, seks, seksueel, porno, sextortion, chantage,
      gechanteerd, racisme, discrimineren, discriminerend, homofoob, antisemitisch, eigen land,
      huidskleur, afkomst, geloof, terrorist, homo, "homo's", transgender, lhbti, meme, memes,
      sticker, stickers, bewerkt, photoshop, gefotoshopt, montage, nepfoto]

  - id: B.1
    section: B. Voor medewerkers tijdens werksituaties
    title: Bijzondere verantwoordelijkheid medewerkers
    text: >-
      Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media.
      Persoonlijke meningen van medewerkers kunnen eenvoudig verward worden met officiële
      standpunten van De st. Jozefschool/ De Pontonnier.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn B.1"
    why: "Bewustzijnsverklaring: medewerkers hebben een bijzondere verantwoordelijkheid; meningen kunnen verward worden met standpunten van de school."

  - id: B.2
    section: B. Voor medewerkers tijdens werksituaties
    title: Ontsporende discussie direct melden
    text: >-
      Als de online communicatie dreigt te ontsporen, dient de medewerker direct contact op te
      nemen met zijn of haar leidinggevende om de te volgen strategie te bespreken.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn B.2"
    why: "Procedure: bij een ontsporende online discussie de leidinggevende inschakelen."

  - id: B.3
    section: B. Voor medewerkers tijdens werksituaties
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel of een publicatie in strijd is met de richtlijnen van het protocol sociale media
      van De st. Jozefschool/ De Pontonnier neemt de medewerker contact op met zijn of haar
      leidinggevende.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn B.3"
    why: "Advies/procedure: bij twijfel over een publicatie contact opnemen met de leidinggevende."

  - id: C.1
    section: C. Voor medewerkers buiten werksituaties
    title: Geen vertrouwelijke of persoonsgebonden info
    text: >-
      Het is de medewerker toegestaan om school gerelateerde onderwerpen te publiceren, mits de
      publicatie geen vertrouwelijke of persoonsgebonden informatie over de school, de
      medewerkers, leerlingen, ouders, verzorgers, vrijwilligers of andere betrokkenen betreft.
      Tevens mag de publicatie de goede naam van de school en haar medewerkers niet schaden.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn C.1"
    words: [vertrouwelijk, persoonsgegevens, persoonsgebonden, privé, namen, herkenbaar, diagnose,
      autisme, adhd, ziek, zorgniveau, goede naam, imago, schade, blog, thuissituatie,
      verwaarlozing, leerlingdossier, interne zaken, bezuinigingen, gezondheid, ziekte, ziekenhuis,
      burn-out, overspannen, depressie, medicijnen, medicatie, dyslexie, medisch, zwanger,
      hoofdluis, luizen, scheiding, gescheiden, vechtscheiding, failliet, schulden, armoede,
      uitkering, situatie thuis, problemen thuis, gezinssituatie, jeugdzorg, veilig thuis,
      zorgmelding, ondertoezichtstelling, uithuisplaatsing, pleeggezin, vastzit, gevangenis,
      contactverbod, blijft zitten, blijven zitten, zittenblijven, rapport, cijfers,
      toetsresultaten, toetsscores, toetsuitslagen, schooladvies, zorgleerling, overleden, adres,
      telefoonnummer, 06-nummer, woonadres, persoonlijke informatie, privézaken, met naam,
      met de naam, voornaam, achternaam, initialen, weet wie het is, over wie het gaat, roddel,
      roddelen, geroddeld, rondgestuurd, verteld, intern, interne informatie, formatie, ontslag,
      ontslagen, reorganisatie, fusie, bezuiniging, bezuinigen, begroting, financiën, geld,
      teamvergadering, mr, directieoverleg, inspectierapport, personeelszaken, vacature, notulen,
      nog niet bekend, geheim]

  - id: C.2
    section: C. Voor medewerkers buiten werksituaties
    title: Melden dat je medewerker bent
    text: >-
      Indien de medewerken deelneemt aan een online discussie die op enigerlei wijze te maken heeft
      met de school, dan dient de medewerker te melden dat hij of zij een medewerker is van De st.
      Jozefschool/ De Pontonnier.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn C.2"
    words: [niet vermeld, zonder te zeggen, niet gezegd, medewerker van, werkt bij, werkt op school,
      anoniem, onder een andere naam, nepnaam, discussie, reageert, meediscussiëren, forum,
      nickname, facebookgroep, reactie onder, zei er niet bij, zonder te vermelden, schuilnaam,
      werkt er zelf, zelf juf, zelf meester, zelf leerkracht, draadje]

  - id: C.3
    section: C. Voor medewerkers buiten werksituaties
    title: Vermelden dat het een persoonlijke mening is
    text: >-
      Indien de medewerker over De st. Jozefschool/ De Pontonnier publiceert dient hij of zij het
      bericht te voorzien van de mededeling, dat de standpunten en meningen in dit bericht de
      persoonlijke mening zijn van de medewerker. Deze staan los van de officiële standpunten van
      De st. Jozefschool/ De Pontonnier. Verder meldt de medewerker dat hij of zij niet
      verantwoordelijk is voor de inhoud, reacties en uitlatingen van derden.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn C.3"
    words: [persoonlijke mening, eigen mening, eigen visie, disclaimer, mededeling, standpunt,
      officieel standpunt, namens de school, blog, column, opiniestuk, stuk over de school,
      schrijft over de school, geen vermelding, op persoonlijke titel, persoonlijke titel,
      de school zegt, alsof het beleid is, niet vermeld, nergens staat]

  - id: S.1
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Medewerker in strijd met protocol
    text: >-
      Medewerkers die in strijd handelen met de inhoud van dit protocol maken zich mogelijk
      schuldig aan plichtsverzuim. Alle correspondentie over dit onderwerp wordt opgenomen in het
      personeelsdossier.
    applies_to: [staff]
    conduct: false
    cite: "Sancties en gevolgen voor medewerkers en leerlingen, punt 1"
    why: "Sanctiebepaling: handelen in strijd met het protocol is mogelijk plichtsverzuim; correspondentie in het personeelsdossier."

  - id: S.2
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Rechtspositionele maatregelen medewerkers
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen kunnen naar medewerkers
      toe rechtspositionele maatregelen worden genomen, welke variëren van waarschuwing, schorsing,
      berisping, ontslag of ontslag op staande voet.
    applies_to: [staff]
    conduct: false
    cite: "Sancties en gevolgen voor medewerkers en leerlingen, punt 2"
    why: "Sanctiebepaling: de rechtspositionele maatregelen voor medewerkers."

  - id: S.3
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Leerling of ouder in strijd met protocol
    text: >-
      Leerlingen, ouders, of verzorgers die in strijd met dit protocol handelen, maken zich
      mogelijk schuldig aan verwijtbaar gedrag. Alle correspondentie over dit onderwerp wordt
      opgenomen in het leerlingdossier.
    applies_to: [pupil, parent]
    conduct: false
    cite: "Sancties en gevolgen voor medewerkers en leerlingen, punt 3"
    why: "Sanctiebepaling: verwijtbaar gedrag van leerlingen en ouders; correspondentie in het leerlingdossier."

  - id: S.4
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Maatregelen leerlingen en ouders
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen kunnen naar leerlingen,
      ouders of verzorgers maatregelen worden genomen, welke variëren van waarschuwing, schorsing
      en verwijdering van school.
    applies_to: [pupil, parent]
    conduct: false
    cite: "Sancties en gevolgen voor medewerkers en leerlingen, punt 4"
    why: "Sanctiebepaling: de maatregelen voor leerlingen en ouders."

  - id: S.5
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Aangifte bij mogelijk strafbaar feit
    text: >-
      Indien de uitlatingen van leerlingen, ouders, verzorgers of medewerkers mogelijk een
      strafrechtelijke overtreding inhoudt, zal door De st. Jozefschool/ De Pontonnier aangifte bij
      de politie worden gedaan.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "Sancties en gevolgen voor medewerkers en leerlingen, punt 5"
    why: "Procedure van de school: aangifte bij een mogelijk strafbaar feit."

ladders:
  default: false
  source: >-
    Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen kunnen naar medewerkers
    toe rechtspositionele maatregelen worden genomen, welke variëren van waarschuwing, schorsing,
    berisping, ontslag of ontslag op staande voet. Afhankelijk van de ernst van de uitlatingen,
    gedragingen en gevolgen kunnen naar leerlingen, ouders of verzorgers maatregelen worden
    genomen, welke variëren van waarschuwing, schorsing en verwijdering van school.
  pupil:  [warning, suspension, removal]
  parent: [warning, suspension, removal]
  staff:  [warning, suspension, reprimand, dismissal, summary-dismissal]

escalations:
  aangifte: mandatory
  aangifte_source: S.5

"""#),
        ("protocols/koe-troubadour.yaml", #"""
# Seed 003_a6889cd30085660f.txt — Stichting KOE / De Troubadour: protocol sociale media (OCR; repaired, see notes)
# OCR repairs in quoted text: "Hetis" → "Het is", "ledereen" → "Iedereen", "officiéle" → "officiële",
# "variéren" → "variëren", "0900 —1113111" → "0900-1113111"; footnote markers dropped
# ("persoonsgegevens!", "maatregelen?", "vastgesteld®"). Numbering lost by the OCR in 3A (5–11),
# 3B (2–5) and 3C (2–3) is reconstructed from the order of the paragraphs; the "11." before 3A.5
# is a footnote artefact.
id: koe-troubadour
name: Stichting KOE / De Troubadour
document: Protocol sociale media
seed: 003_a6889cd30085660f.txt

articles:
  - id: 3A.1
    section: 3A. Voor alle gebruikers
    title: Tijdens de les geen sociale media of opnamen
    text: >-
      Het is medewerkers en leerlingen niet toegestaan om tijdens de lessen actief te zijn op
      sociale media dan wel beeld en/of geluidsopnamen te maken en/of te verspreiden, tenzij door
      de schoolleiding respectievelijk leraren hiervoor vooraf toestemming is gegeven.
    applies_to: [pupil, staff]
    severity: medium
    conduct: true
    cite: "richtlijn 3A.1"
    words: [tijdens de les, onder de les, in de les, in de klas, lestijd, telefoon, mobiel,
      scrollen, snappen, appen, live, live gaan, filmen, gefilmd, filmde, filmpje, opname, opnemen,
      geluidsopname, foto maken, screenshot, vastgelegd, chromebook, laptop, gymles, toets, lesuur,
      instructie, uitleg, rekenen, taalles, spelling, stillezen, aardrijkskunde, topografie, kring,
      zelfstandig werken, opdracht, midden in de les, foto, fotootje, plaatje, afbeelding, beeld,
      beelden, schermafbeelding, video, opgenomen, fragment, clip, vlog, livestream, story, reel,
      bereal, selfie, gefotografeerd, fotograferen, in beeld]

  - id: 3A.2
    section: 3A. Voor alle gebruikers
    title: Delen mag, mits geen persoonsgegevens
    text: >-
      Het is betrokkenen toegestaan om kennis en informatie over school en de leden van de
      schoolgemeenschap te delen, mits het geen persoonsgegevens betreft en andere betrokkenen
      niet schaadt.
    applies_to: [pupil, parent, staff]
    severity: medium
    conduct: true
    cite: "richtlijn 3A.2"
    words: [persoonsgegevens, persoonlijke informatie, privégegevens, achternaam, adres,
      telefoonnummer, 06-nummer, diagnose, adhd, gedeeld, rondgestuurd, geroddeld, roddelen,
      herkenbaar, "foto's van kinderen", medische gegevens, gezondheid, ziekte, gezinssituatie,
      woonplaats, privacygevoelig, ziek, ziekenhuis, burn-out, overspannen, depressie, medicijnen,
      medicatie, autisme, dyslexie, medisch, zwanger, hoofdluis, luizen, scheiding, gescheiden,
      vechtscheiding, failliet, schulden, armoede, uitkering, thuissituatie, situatie thuis,
      problemen thuis, jeugdzorg, veilig thuis, zorgmelding, ondertoezichtstelling,
      uithuisplaatsing, pleeggezin, vastzit, gevangenis, contactverbod, blijft zitten,
      blijven zitten, zittenblijven, rapport, cijfers, toetsresultaten, toetsscores, toetsuitslagen,
      schooladvies, zorgleerling, zorgniveau, overleden, woonadres, privé, privézaken, met naam,
      met de naam, voornaam, initialen, weet wie het is, over wie het gaat, roddel, verteld]

  - id: 3A.3
    section: 3A. Voor alle gebruikers
    title: Persoonlijk verantwoordelijk voor inhoud
    text: >-
      De betrokkene is persoonlijk verantwoordelijk voor de inhoud die hij publiceert op de
      sociale media.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "richtlijn 3A.3"
    why: "Uitgangspunt: de betrokkene is persoonlijk verantwoordelijk voor wat hij publiceert; noemt geen gedraging."

  - id: 3A.4
    section: 3A. Voor alle gebruikers
    title: Gepubliceerde teksten blijven openbaar
    text: >-
      Elke betrokkene dient zich ervan bewust te zijn dat de gepubliceerde teksten en uitlatingen
      voor onbepaalde tijd openbaar zullen zijn, ook na verwijdering van het bericht.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "richtlijn 3A.4"
    why: "Bewustzijnsverklaring: gepubliceerde teksten blijven openbaar, ook na verwijderen."

  - id: 3A.5
    section: 3A. Voor alle gebruikers
    title: Beeld en geluid alleen met schriftelijk akkoord
    text: >-
      De onderwijsinstelling vraagt aantoonbaar schriftelijke toestemming aan medewerkers,
      ouders/verzorgers of aan leerlingen jonger dan 16 jaar om foto-, film- en geluidsopnamen van
      aan school gerelateerde situaties, waarop zij zijn afgebeeld, op de school- en/of
      persoonlijke sociale media te zetten.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn 3A.5"
    words: [toestemming, toestemmingsformulier, schriftelijke toestemming, geen toestemming,
      beeldmateriaal, beeldrecht, "foto's van leerlingen", filmpje van de klas, video, reel,
      niet op de foto, bezwaar, avg, schoolaccount, privé-account, kinderen in beeld,
      persoonlijke sociale media, toestemming ingetrokken, foto, fotootje, plaatje, afbeelding,
      beeld, beelden, screenshot, schermafbeelding, filmpje, opname, opnemen, opgenomen, fragment,
      clip, vlog, livestream, story, bereal, selfie, gefilmd, filmde, filmen, gefotografeerd,
      fotograferen, vastgelegd, in beeld, geluidsopname]

  - id: 3A.6
    section: 3A. Voor alle gebruikers
    title: Geen privé-'vrienden' met leerlingen of ouders
    text: >-
      Het is medewerkers niet toegestaan om met een privéaccount ‘vrienden’ te worden van
      leerlingen en ouders/verzorgers op sociale media.
    applies_to: [staff]
    severity: severe
    conduct: true
    cite: "richtlijn 3A.6"
    words: [vrienden, bevriend, vriendschapsverzoek, volgen, volgt, volgt terug, toegevoegd,
      geaccepteerd, privéaccount, privé-account, eigen account, ouders volgen, leerlingen volgen,
      snaps sturen, dm, streak, volger, privéberichten, privéchat, chatten met leerlingen,
      appen met leerlingen, snaps, samen gamen, hartjes, likes]

  - id: 3A.7
    section: 3A. Voor alle gebruikers
    title: Lessen op afstand niet opnemen of delen
    text: >-
      Het is ouders/verzorgers en leerlingen niet toegestaan om opnames te maken van lessen op
      afstand en deze te delen op sociale media.
    applies_to: [pupil, parent]
    severity: medium
    conduct: true
    cite: "richtlijn 3A.7"
    words: [online les, videoles, les op afstand, thuisonderwijs, afstandsonderwijs, thuiswerken,
      teams, zoom, google meet, meet, schermopname, screen recording, opname, opgenomen, vastgelegd,
      camera, webcam]

  - id: 3A.8
    section: 3A. Voor alle gebruikers
    title: Fatsoensnormen; geen pesten, sexting, hacken
    text: >-
      Iedereen neemt de reguliere fatsoensnormen tegenover betrokkenen van de onderwijsinstelling
      in acht. Indien handelingen worden verricht die in strijd zijn met de reguliere
      fatsoensnormen en/of (mogelijk) een strafbaar karakter hebben (bijvoorbeeld: hacken van een
      account, radicalisering, sexting, pesten, stalken, bedreigen, het verspreiden van memes of
      anderszins beschadigen) dan neemt de school passende maatregelen.
    applies_to: [pupil, parent, staff]
    severity: severe
    conduct: true
    general: true
    cite: "richtlijn 3A.8"
    words: [hacken, gehackt, overgenomen, wachtwoord, sexting, naaktfoto, nudes, pesten, gepest,
      cyberpesten, stalken, achtervolgen, bedreigen, bedreigd, dreigen, kapotmaken, meme, memes,
      radicalisering, uitschelden, uitgescholden, uitgemaakt voor, nepaccount, chantage, sextortion,
      buitensluiten, discriminatie, extremistisch, naaktbeelden, nepprofiel, schelden, schold,
      scheldwoord, scheldwoorden, beledigen, belediging, beledigend, kwetsend, gemeen, gemene,
      vernederen, uitlachen, lelijk, lelijkste, dik, dikke, loser, sukkel, idioot, debiel,
      achterlijk, kut, trut, hoer, slet, kanker, tyfus, tering, mongool, mietje, aap, zwerver, tuig,
      wijf, zeikerd, klootzak, lul, eikel, stom, dom, cijfer geven, cijfers geven, rating, ranking,
      lijstje, poll, bedreiging, dreigt, dreigement, doodsbedreiging, dood, vermoorden, afmaken,
      neersteken, steken, mes, slaan, in elkaar slaan, opwachten, te grazen, kapot, lesje leren,
      weet waar je woont, opzoeken, voor de deur, uitkijken, wraak, pakken, gestalkt,
      blijft berichten sturen, elke dag berichten, steeds berichten, blijft volgen, geblokkeerd,
      nieuw account, ongevraagd, lastigvallen, opgezocht, buitengesloten, uit de groep gezet,
      uit de groep gegooid, uit de groep, negeren, genegeerd, niemand mag, zwartmaken, zwartgemaakt,
      leugens, liegen, lasteren, laster, verzonnen, beschuldigen, beschuldiging, recensie,
      recensies, reviews, slechte naam, afkraken, afzeiken, hack, inloggen, ingelogd, inloggegevens,
      account overgenomen, ingebroken, geraden, toegang, fake account, anoniem, anoniem account,
      uitgeven voor, gaf zich uit voor, zich voordoen als, deed zich voor als, namens, op naam van,
      account aangemaakt, met de naam van, valse naam, schuilnaam, nagemaakt, naakt, bloot, blote,
      ondergoed, seks, seksueel, porno, gechanteerd, racistisch, racisme, discrimineren,
      discriminerend, homofoob, antisemitisch, eigen land, huidskleur, afkomst, geloof, terrorist,
      homo, "homo's", transgender, lhbti, sticker, stickers, bewerkt, photoshop, gefotoshopt,
      montage, nepfoto]

  - id: 3A.9
    section: 3A. Voor alle gebruikers
    title: Grensoverschrijdende communicatie melden
    text: >-
      Indien een betrokkene kennis heeft van ontoelaatbare en/of grensoverschrijdende communicatie
      in woord, beeld en/of geluid dan dient hij dat te melden bij de schoolleiding of het
      bestuur.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "richtlijn 3A.9"
    why: "Meldprocedure: wie weet van grensoverschrijdende communicatie meldt het bij schoolleiding of bestuur."

  - id: 3A.10
    section: 3A. Voor alle gebruikers
    title: Melding in het Troubadourtje
    text: >-
      In het Troubadourtje kan worden vermeld: ‘Merkt u dat er iets speelt op Social Media dat niet
      door de beugel kan, meldt dit bij de leerkracht. Wij vinden het belangrijk om hiervan op de
      hoogte te zijn.’
    conduct: false
    cite: "richtlijn 3A.10"
    why: "Communicatie van de school zelf (tekst voor het Troubadourtje); bindt niemand."

  - id: 3A.11
    section: 3A. Voor alle gebruikers
    title: Aanpak naar grootte van de groep
    text: >-
      Als een probleem speelt in een klein groepje, wordt het gesprek aangegaan met de
      desbetreffende leerlingen. Wanneer het probleem bij meerdere leerlingen speelt, wordt het
      besproken in de groep. Als het probleem tot slot in meerdere groepen speelt, kan een extern
      persoon worden uitgenodigd voor een informatiebijeenkomst.
    conduct: false
    cite: "richtlijn 3A.11"
    why: "Aanpak van de school naar grootte van de groep (procedure), geen gedragsregel."

  - id: 3B.1
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Schoolzaken via Klasbord doorgeven
    text: >-
      Een medewerker geeft via Klasbord of een andere digitale wijze van de school bijzondere
      aangelegenheden door zoals bij voorbeeld lesuitval, het opgeven van huiswerk, het
      herinneren aan de gymspullen, schoolreisje, schoolkamp.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn 3B.1"
    words: [appgroep met ouders, whatsappgroep, lesuitval, huiswerk, gymspullen, schoolreisje,
      schoolkamp, mededeling, aankondiging, ouders informeren, privékanaal, eigen groepsapp,
      in plaats van klasbord, buiten klasbord om, niet via de school, privé-whatsapp]
    platforms: [klasbord]

  - id: 3B.2
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Bijzondere verantwoordelijkheid medewerkers
    text: >-
      Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media:
      privémeningen van medewerkers kunnen eenvoudig verward worden met de officiële standpunten
      van de onderwijsinstelling.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn 3B.2"
    why: "Bewustzijnsverklaring: privémeningen kunnen verward worden met standpunten van de school."

  - id: 3B.3
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Functie vermelden in discussies
    text: >-
      Indien een medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met
      stichting KOE en haar scholen dient de medewerker te vermelden dat hij medewerker is van de
      desbetreffende school en welke functie hij heeft.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn 3B.3"
    words: [functie, "ib'er", niet vermeld, zonder te zeggen, medewerker van, werkt bij,
      onder werktijd, vanaf het werk, discussie, reageerde, forum, verdedigt de school,
      intern begeleider, functie vermelden, tijdens werktijd, vanaf school,
      medewerker van de school, niet gezegd, zei er niet bij, zonder te vermelden, schuilnaam,
      anoniem, werkt er zelf, zelf juf, zelf meester, zelf leerkracht, meediscussiëren, draadje,
      reageert, reactie onder]

  - id: 3B.4
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Ontsporende discussie direct melden
    text: >-
      Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te nemen
      met zijn leidinggevende om de te volgen strategie te bespreken.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn 3B.4"
    why: "Procedure: bij een ontsporende online discussie de leidinggevende inschakelen."

  - id: 3B.5
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel of een publicatie in strijd is met deze richtlijnen neemt de medewerker contact
      op met zijn leidinggevende.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn 3B.5"
    why: "Advies/procedure: bij twijfel contact met de leidinggevende."

  - id: 3C.1
    section: 3C. Voor medewerkers tijdens privésituaties
    title: Geen persoonsgegevens; naam school niet schaden
    text: >-
      Het is de medewerker toegestaan om school/werk gerelateerde onderwerpen te publiceren mits
      het geen persoonsgegevens die de school, haar medewerkers, leerlingen, ouders/verzorgers en
      andere betrokkenen betreft. Ook mag de publicatie de naam van de school niet schaden.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn 3C.1"
    words: [persoonsgegevens, privé, namen, herkenbaar, toetsuitslagen, directeur,
      naam van de school, schaden, imago, blog, privé-account, medisch, gezondheid, cijfers,
      leerlinggegevens, "over collega's", privacygevoelig, ziek, ziekte, ziekenhuis, burn-out,
      overspannen, depressie, medicijnen, medicatie, diagnose, adhd, autisme, dyslexie, zwanger,
      hoofdluis, luizen, scheiding, gescheiden, vechtscheiding, failliet, schulden, armoede,
      uitkering, thuissituatie, situatie thuis, problemen thuis, gezinssituatie, jeugdzorg,
      veilig thuis, zorgmelding, ondertoezichtstelling, uithuisplaatsing, pleeggezin, vastzit,
      gevangenis, contactverbod, blijft zitten, blijven zitten, zittenblijven, rapport,
      toetsresultaten, toetsscores, schooladvies, zorgleerling, zorgniveau, overleden, adres,
      telefoonnummer, 06-nummer, woonadres, persoonlijke informatie, privézaken, met naam,
      met de naam, voornaam, achternaam, initialen, weet wie het is, over wie het gaat, roddel,
      roddelen, geroddeld, rondgestuurd, verteld, vertrouwelijk, intern, interne informatie,
      formatie, ontslag, ontslagen, reorganisatie, fusie, bezuiniging, bezuinigen, begroting,
      financiën, geld, teamvergadering, mr, directieoverleg, inspectierapport, personeelszaken,
      vacature, notulen, nog niet bekend, geheim, "'s avonds", in het weekend, vrije tijd]

  - id: 3C.2
    section: 3C. Voor medewerkers tijdens privésituaties
    title: Geen standpunten tegen missie en visie
    text: >-
      Het is voor medewerkers niet toegestaan standpunten en/of overtuigingen uit te dragen die in
      strijd zijn met de missie en visie van stichting KOE en haar scholen en de uitgangspunten
      van dit protocol.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn 3C.2"
    words: [missie, visie, identiteit, overtuiging, standpunten, christelijk, geloof, religie,
      antivax, complot, lhbti, discriminerend, extreem, politiek, propaganda, haat, complotdenken,
      racisme, vaccinatie, extremistisch, leerplicht, racistisch, discriminatie, discrimineren,
      homofoob, antisemitisch, eigen land, huidskleur, afkomst, terrorist, homo, "homo's",
      transgender, "'s avonds", in het weekend, vrije tijd]

  - id: 3C.3
    section: 3C. Voor medewerkers tijdens privésituaties
    title: Melden dat je medewerker bent
    text: >-
      Indien de medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met
      de onderwijsinstelling dient hij te vermelden dat hij medewerker is van desbetreffende
      school.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn 3C.3"
    words: [niet vermeld, zonder te vermelden, zonder te zeggen, werkt er zelf, medewerker,
      discussie, reageert, verdedigt, vrije tijd, "'s avonds", krant, forum, reactie onder,
      facebookgroep, niet gezegd, zei er niet bij, schuilnaam, anoniem, zelf juf, zelf meester,
      zelf leerkracht, medewerker van, werkt bij, meediscussiëren, draadje]

  - id: 3C.4
    section: 3C. Voor medewerkers tijdens privésituaties
    title: Vermelden dat het een persoonlijke mening is
    text: >-
      Als de medewerker over stichting KOE en haar scholen publiceert dient hij het bericht te
      voorzien van de mededeling dat de standpunten en meningen in dit bericht de eigen
      persoonlijke mening zijn (op persoonlijke titel zijn geschreven) en los staan van eventuele
      officiële standpunten van stichting KOE.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn 3C.4"
    words: [persoonlijke mening, eigen mening, persoonlijke titel, disclaimer, mededeling,
      standpunt, officieel standpunt, wij als school, namens koe, blog, opiniestuk, column,
      wij vinden, visie op, op persoonlijke titel, namens de school, de school zegt,
      alsof het beleid is, niet vermeld, nergens staat, "'s avonds", in het weekend, vrije tijd]

  - id: 3D.1
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Medewerkers volgen regels van de werkgever
    text: >-
      Medewerkers houden zich bij de vervulling van hun functie aan de regels die ten behoeve van
      de goede gang van zaken door de werkgever door middel van instructies en/of reglementen zijn
      vastgesteld en hem door werkgever zijn verstrekt, waaronder het protocol sociale media.
    applies_to: [staff]
    conduct: false
    cite: "paragraaf 3D, punt 1"
    why: "Algemene grondslag (medewerkers volgen de regels van de werkgever); de basis voor sancties, geen eigen gedragsregel."

  - id: 3D.2
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Medewerker in strijd met protocol
    text: >-
      Medewerkers die in strijd handelen met dit protocol maken zich mogelijk schuldig aan
      plichtsverzuim. Alle correspondentie over dit onderwerp wordt opgenomen in het
      personeelsdossier.
    applies_to: [staff]
    conduct: false
    cite: "paragraaf 3D, punt 2"
    why: "Sanctiebepaling: plichtsverzuim; correspondentie in het personeelsdossier."

  - id: 3D.3
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Grensoverschrijdend melden bij inspecteur
    text: >-
      Indien schoolleiding of het bestuur de wijze van communiceren door een medewerker(s) als
      ‘grensoverschrijdend’ kwalificeert, dan wordt dit telefonisch gemeld bij de Landelijke
      Vertrouwensinspecteur (0900-1113111).
    applies_to: [staff]
    conduct: false
    cite: "paragraaf 3D, punt 3"
    why: "Procedure: melding bij de Landelijke Vertrouwensinspecteur als communicatie grensoverschrijdend is."

  - id: 3D.4
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Rechtspositionele maatregelen medewerkers
    text: >-
      Afhankelijk van de ernst van de uitingen en/of gedragingen van medewerkers en de gevolgen
      daarvan worden rechtspositionele maatregelen genomen die variëren van waarschuwing,
      schorsing, berisping, ontslag en ontslag op staande voet.
    applies_to: [staff]
    conduct: false
    cite: "paragraaf 3D, punt 4"
    why: "Sanctiebepaling: rechtspositionele maatregelen voor medewerkers."

  - id: 3D.5
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Leerling of ouder in strijd met protocol
    text: >-
      Leerlingen en / of ouders/verzorgers die in strijd met dit protocol handelen maken zich
      mogelijk schuldig aan verwijtbaar gedrag. Alle correspondentie over dit onderwerp wordt
      opgenomen in het leerlingendossier.
    applies_to: [pupil, parent]
    conduct: false
    cite: "paragraaf 3D, punt 5"
    why: "Sanctiebepaling: verwijtbaar gedrag van leerlingen en ouders; correspondentie in het leerlingendossier."

  - id: 3D.6
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Maatregelen leerlingen en ouders
    text: >-
      Afhankelijk van de ernst van de uitingen en/of gedragingen van leerlingen en/of
      ouders/verzorgers en de gevolgen daarvan worden jegens hen maatregelen genomen die onder meer
      kunnen bestaan uit: het in bewaring nemen van devices, het verwijderen van berichten en/of
      beelden daarop, een waarschuwing, schorsing en verwijdering van school.
    applies_to: [pupil, parent]
    conduct: false
    cite: "paragraaf 3D, punt 6"
    why: "Sanctiebepaling: maatregelen voor leerlingen en ouders (devices in bewaring, berichten verwijderen, waarschuwing, schorsing, verwijdering)."

  - id: 3D.7
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Melding of aangifte bij de politie
    text: >-
      Wanneer uitingen of gedragingen van leerlingen en/of ouders/verzorgers dan wel medewerkers
      mogelijk een strafrechtelijke overtreding inhouden kan door de stichting of een school
      melding of aangifte bij de politie worden gedaan.
    applies_to: [pupil, parent, staff]
    conduct: false
    cite: "paragraaf 3D, punt 7"
    why: "Procedure van de school: melding of aangifte bij de politie."

ladders:
  default: false
  source: >-
    Afhankelijk van de ernst van de uitingen en/of gedragingen van medewerkers en de gevolgen
    daarvan worden rechtspositionele maatregelen genomen die variëren van waarschuwing,
    schorsing, berisping, ontslag en ontslag op staande voet. Afhankelijk van de ernst van de
    uitingen en/of gedragingen van leerlingen en/of ouders/verzorgers en de gevolgen daarvan
    worden jegens hen maatregelen genomen die onder meer kunnen bestaan uit: het in bewaring
    nemen van devices, het verwijderen van berichten en/of beelden daarop, een waarschuwing,
    schorsing en verwijdering van school.
  pupil:  [device-custody, warning, suspension, removal]
  parent: [device-custody, warning, suspension, removal]
  staff:  [warning, suspension, reprimand, dismissal, summary-dismissal]

measures:
  - id: remove-posts
    title: Berichten en beelden laten verwijderen
    applies_to: [pupil, parent]
    source: 3D.6

escalations:
  aangifte: optional
  aangifte_source: 3D.7
  vertrouwensinspecteur:
    phone: 0900-1113111
    qualified_by: [director, board]
    source: 3D.3

group_response:
  source: 3A.11
  levels:
    - scope: small-group
      max_pupils: 3
      action: Gesprek aangaan met de desbetreffende leerlingen
    - scope: class
      action: Het probleem bespreken in de groep
    - scope: several-groups
      action: Eventueel een extern persoon uitnodigen voor een informatiebijeenkomst (het protocol zegt ‘kan’)

"""#),
        ("protocols/konot.yaml", #"""
# Seed 001_e942603425a14916.txt — Konot: Social Media Protocol Konot
id: konot
name: Konot
document: Social Media Protocol Konot
seed: 001_e942603425a14916.txt

articles:
  - id: "1"
    section: Richtlijnen gebruik social media
    title: Kennis en waardevolle informatie delen
    text: >-
      Medewerkers van Konot delen kennis en andere waardevolle informatie.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn 1"
    why: "Aanmoediging ('medewerkers delen kennis'); verbiedt of eist niets dat je kunt overtreden."

  - id: "2"
    section: Richtlijnen gebruik social media
    title: Persoonlijke titel of namens Konot vermelden
    text: >-
      Bij onderwijsonderwerpen maken medewerkers duidelijk of zij op persoonlijke titel of namens
      Konot publiceren.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn 2"
    words: [persoonlijke titel, op eigen titel, namens konot, namens de school, eigen mening,
      privémening, persoonlijke mening, standpunt, beleid, disclaimer, niet vermeld, nergens staat,
      in de bio, geciteerd, alsof het beleid is, officieel standpunt, pers, media,
      op persoonlijke titel, de school zegt, blog, column, opiniestuk, krant, journalist, interview,
      uit naam van, spreekt namens, de school vindt, opgevat als, officieel, persbericht]

  - id: "3"
    section: Richtlijnen gebruik social media
    title: Geen vertrouwelijke informatie publiceren
    text: >-
      Medewerkers van Konot publiceren geen vertrouwelijke informatie op social media.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn 3"
    words: [vertrouwelijk, vertrouwelijke informatie, geheim, privacy, dossier, leerlingdossier,
      overdracht, diagnose, adhd, autisme, zorgleerling, veilig thuis, toetsuitslag, uitslagen,
      scores, namen van leerlingen, herkenbaar, ziek, medisch, gezinssituatie,
      ondertoezichtstelling, medische gegevens, strafblad, gezondheid, ziekte, ziekenhuis, burn-out,
      overspannen, depressie, medicijnen, medicatie, dyslexie, zwanger, hoofdluis, luizen,
      scheiding, gescheiden, vechtscheiding, failliet, schulden, armoede, uitkering, thuissituatie,
      situatie thuis, problemen thuis, jeugdzorg, zorgmelding, uithuisplaatsing, pleeggezin,
      vastzit, gevangenis, contactverbod, blijft zitten, blijven zitten, zittenblijven, rapport,
      cijfers, toetsresultaten, toetsscores, toetsuitslagen, schooladvies, zorgniveau, overleden,
      adres, telefoonnummer, 06-nummer, woonadres, persoonlijke informatie, privé, privézaken,
      met naam, met de naam, voornaam, achternaam, initialen, weet wie het is, over wie het gaat,
      roddel, roddelen, geroddeld, rondgestuurd, verteld]

  - id: "4"
    section: Richtlijnen gebruik social media
    title: Geen discussie met leerling of ouder online
    text: >-
      Ga niet in discussie met een leerling of ouder op social media.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn 4"
    words: [discussie, in discussie, discussiëren, ruzie, bekvechten, comments, onder de post,
      onder het bericht, heen en weer, ingegaan op, weerwoord, welles-nietes, tegen een ouder,
      tegen een leerling, publiekelijk, online ruzie, in de comments, reacties]

  - id: "5"
    section: Richtlijnen gebruik social media
    title: Inhoud past bij de uitgangspunten van school
    text: >-
      Als je actief bent als werknemer voor de organisatie waarvoor je werkt, zorg je ervoor dat
      de inhoud in overeenstemming is met de uitgangspunten van de school.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "richtlijn 5"
    words: [schoolaccount, account van de school, schoolpagina, pagina van de school,
      facebook van de school, instagram van de school, kanaal van de school, uitgangspunten,
      identiteit, politiek, stemmen op, partij, beheerder, namens de school geplaatst,
      past niet bij de school, commercieel, promotie, grap ten koste van, eigen bedrijf, reclame,
      grap, ongepast, niet passend]

  - id: "6"
    section: Richtlijnen gebruik social media
    title: Leidinggevenden vertegenwoordigen altijd Konot
    text: >-
      Schoolbestuurders, schoolleiders en leidinggevenden zijn altijd vertegenwoordiger van Konot
      – ook als zij een privé-mening verkondigen. Bij twijfel niet publiceren.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "richtlijn 6"
    words: [directeur, directrice, schoolleider, locatieleider, bestuurder, cvb,
      college van bestuur, leidinggevende, adjunct, privémening, persoonlijke mening, mening,
      standpunt, politiek, partij kiezen, vertegenwoordiger, bij twijfel niet publiceren,
      bestuurslid, intern begeleider, "ib'er"]

  - id: "7"
    section: Richtlijnen gebruik social media
    title: Persoonlijk verantwoordelijk voor publicaties
    text: >-
      Medewerkers van Konot zijn persoonlijk verantwoordelijk voor wat zij publiceren.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn 7"
    why: "Uitgangspunt/bewustzijn: medewerkers zijn persoonlijk verantwoordelijk voor wat zij publiceren."

  - id: "8"
    section: Richtlijnen gebruik social media
    title: Publicaties blijven altijd vindbaar
    text: >-
      Medewerkers van Konot weten dat publicaties op social media altijd vindbaar zijn.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn 8"
    why: "Bewustzijnsverklaring: publicaties blijven altijd vindbaar."

  - id: "9"
    section: Richtlijnen gebruik social media
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel over een publicatie of over de raakvlakken met Konot zoeken medewerkers contact
      hun leidinggevende.
    applies_to: [staff]
    conduct: false
    cite: "richtlijn 9"
    why: "Advies/procedure: bij twijfel contact zoeken met de leidinggevende."

  - id: "10"
    section: Richtlijnen gebruik social media
    title: Ook digitaal een veilig klimaat
    text: >-
      Konot zorgt ook digitaal voor een veilig klimaat en communiceert met medewerkers, leerlingen
      en ouders hoe zij dit doet.
    conduct: false
    cite: "richtlijn 10"
    why: "Plicht van Konot zelf (veilig klimaat, communicatie daarover), niet van een medewerker."

  # The Don'ts, numbered D.1–D.9 in the order of the document; the Do's are advice and left out.
  - id: D.1
    section: "In de praktijk: Don'ts"
    title: Geen materiaal dat je in verlegenheid brengt
    text: >-
      Plaats geen materiaal dat je in verlegenheid zou brengen, als je bijv. naaste familie of
      leidinggevende het zou kunnen lezen.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "Don'ts (In de praktijk), punt 1"
    words: [gênant, in verlegenheid, dronken, bezopen, lam, zuipen, feest, kroeg, stappen, bikini,
      schaars gekleed, sexy, intiem, dating, tinder, wapen, openbaar profiel, beschamend, halfnaakt,
      "feestfoto's", badkleding, kater, drank, feestje, uitgaan, weinig kleren, datingprofiel,
      datingsite]

  - id: D.2
    section: "In de praktijk: Don'ts"
    title: Geen schuttingtaal
    text: >-
      Te populair taalgebruik en schuttingtaal.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "Don'ts (In de praktijk), punt 2"
    words: [schuttingtaal, scheldwoorden, schelden, vloeken, gevloekt, grof taalgebruik, straattaal,
      kanker, tyfus, tering, kut, fuck, fucking, wtf, shit, godverdomme, klote, "k*t",
      populair taalgebruik, kanker-, kkr, schold, gescholden, grof, grove taal, scheldwoord, kk]

  - id: D.3
    section: "In de praktijk: Don'ts"
    title: Geen uitspraken die collega's/leerlingen schaden
    text: >-
      Doe geen uitspraken die je collega's of leerlingen kunnen schaden.
    applies_to: [staff]
    severity: severe
    conduct: true
    general: true
    cite: "Don'ts (In de praktijk), punt 3"
    words: [afkraken, afzeiken, belachelijk maken, nadoen, zwartmaken, beledigen, beledigend,
      kwetsend, vernederend, denigrerend, stigmatiseren, dom, kan er niks van, "over collega's",
      over leerlingen, over een collega, over de klas, schaden, geraakt, uitspraken over, stom,
      lachen om, negatief over, afgezeken, schelden, uitschelden, uitgescholden, schold,
      scheldwoord, scheldwoorden, uitgemaakt voor, belediging, gemeen, gemene, vernederen,
      uitlachen, lelijk, lelijkste, dik, dikke, loser, sukkel, idioot, debiel, achterlijk, kut,
      trut, hoer, slet, kanker, tyfus, tering, mongool, mietje, aap, zwerver, tuig, wijf, zeikerd,
      klootzak, lul, eikel, cijfer geven, cijfers geven, rating, ranking, lijstje, poll,
      zwartgemaakt, leugens, liegen, lasteren, laster, verzonnen, beschuldigen, beschuldiging,
      recensie, recensies, reviews, slechte naam, racistisch, racisme, discriminatie, discrimineren,
      discriminerend, homofoob, antisemitisch, eigen land, huidskleur, afkomst, geloof, terrorist,
      homo, "homo's", transgender, lhbti, kleineren, neerbuigend, wegzetten, vooroordeel,
      vooroordelen, generaliseren, hysterisch, niveau, slecht over, domste, lui, belachelijk]

  - id: D.4
    section: "In de praktijk: Don'ts"
    title: Geen discussie met ouder of leerling
    text: >-
      Ga niet in discussie met ouder of leerling. Neem liever offline contact op.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "Don'ts (In de praktijk), punt 4"
    words: [discussie, ruzie, appen met een ouder, zitten appen, ruzie appen, mailwisseling, cc,
      chat, teams-chat, heen en weer, welles-nietes, offline, bellen, even apart nemen, gesprek,
      "'s avonds laat", escaleren, bekvechten, chatten met een ouder, ruzie via de app,
      privébericht, privéberichten]

  - id: D.5
    section: "In de praktijk: Don'ts"
    title: Geen interne of vertrouwelijke informatie
    text: >-
      Verspreid geen interne informatie. Laat je niet uit over eventueel vertrouwelijke informatie
      Konot.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "Don'ts (In de praktijk), punt 5"
    words: [intern, interne informatie, mr, formatie, begroting, bezuiniging, ontslag, fusie,
      samengaan, reorganisatie, inspectierapport, nog niet bekend, directieoverleg, geheimhouding,
      personeelszaken, vergaderstukken, notulen, vertrouwelijke stukken, besluit nog niet genomen,
      teamvergadering, vertrouwelijk, ontslagen, bezuinigen, financiën, geld, vacature, geheim]

  - id: D.6
    section: "In de praktijk: Don'ts"
    title: Niet citeren of plaatsen zonder toestemming
    text: >-
      Citeer geen collega's of andere belanghebbenden. Plaats geen materiaal zonder toestemming
      van de eigenaar.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "Don'ts (In de praktijk), punt 6"
    words: [citeren, geciteerd, letterlijk, quote, screenshot, zonder toestemming, zonder te vragen,
      foto van de klas, foto van leerlingen, werk van kinderen, auteursrecht, copyright,
      materiaal van een ander, gekopieerd, werk van anderen, privébericht, appje doorgeplaatst,
      schermafbeelding, citaat, tekeningen, werkjes, knutselwerk, werk van leerlingen,
      zonder toestemming van de maker, privéappje, appje van een ouder, doorgeplaatst]

  - id: D.7
    section: "In de praktijk: Don'ts"
    title: Geen censuur op de mening van anderen
    text: >-
      Pas geen censuur toe op de mening van anderen.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "Don'ts (In de praktijk), punt 7"
    words: [verwijderd, reacties verwijderd, reactie weggehaald, geblokkeerd, verbannen,
      uit de groep gezet, gebanned, censuur, gecensureerd, kritiek weggehaald, mening verwijderd,
      reacties uitgezet, beheerder, moderator]

  - id: D.8
    section: "In de praktijk: Don'ts"
    title: Logo niet bij ongepaste content
    text: >-
      Verbind het logo van Konot niet aan ongepaste content.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "Don'ts (In de praktijk), punt 8"
    words: [logo, schoollogo, konot-logo, logo van de school, logo van konot, huisstijl, banner,
      sponsor, ongepast, reclame, affiche, demonstratie, alcohol, ongepaste content, logo erop,
      logo gebruikt, flyer, meme met logo]

  - id: D.9
    section: "In de praktijk: Don'ts"
    title: Logo niet in je privéprofiel
    text: >-
      Gebruik het logo van Konot niet in je privé profiel.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "Don'ts (In de praktijk), punt 9"
    words: [logo, schoollogo, konot-logo, logo van de school, profielfoto, banner, omslagfoto,
      coverfoto, privéprofiel, privé-account, eigen account, persoonlijk profiel, bio,
      profielbanner, profielplaatje, eigen profiel]

ladders:
  default: true
  source: >-
    Het protocol noemt geen sancties; casus gebruikt de standaardladders.

escalations:
  aangifte: none

"""#),
        ("protocols/schoolwerkplaats.yaml", #"""
# Seed 000_99b691dd1bfd59f2.txt — De Schoolwerkplaats: Social media protocol (kwaliteitskaart KMS, 2022)
id: schoolwerkplaats
name: De Schoolwerkplaats
document: Social media protocol (kwaliteitskaart KMS, versie 1.0)
seed: 000_99b691dd1bfd59f2.txt
adopted: "2022-06-01"

articles:
  # Toepassing social media in communicatie vanuit school: only the items someone can breach.
  # C.1 and C.3 describe what the school does and are left out.
  - id: C.2
    section: Toepassing social media in communicatie vanuit school
    title: Geen informatie over derden zonder toestemming
    text: >-
      De Schoolwerkplaats nodigt medewerkers en leerlingen uit om over school gerelateerde
      onderwerpen te publiceren, voor zover er rekening mee wordt gehouden dat geen informatie
      verspreid wordt over derden die daar geen toestemming voor hebben gegeven.
    applies_to: [pupil, staff]
    severity: medium
    conduct: true
    cite: "Toepassing social media in communicatie vanuit school, punt 2"
    words: [over een ander, over anderen, over klasgenoten, over een leerling, zonder toestemming,
      zonder te vragen, niet gevraagd, bij naam, met naam, met naam en toenaam, achternaam,
      privézaken, thuissituatie, gezinssituatie, persoonlijke informatie, roddel, roddels, roddelen,
      geschreven over, gepost over, gezondheid, scheiding, zonder het te vragen, over iemand anders,
      ziek, ziekte, ziekenhuis, burn-out, overspannen, depressie, medicijnen, medicatie, diagnose,
      adhd, autisme, dyslexie, medisch, zwanger, hoofdluis, luizen, gescheiden, vechtscheiding,
      failliet, schulden, armoede, uitkering, situatie thuis, problemen thuis, jeugdzorg,
      veilig thuis, zorgmelding, ondertoezichtstelling, uithuisplaatsing, pleeggezin, vastzit,
      gevangenis, contactverbod, blijft zitten, blijven zitten, zittenblijven, rapport, cijfers,
      toetsresultaten, toetsscores, toetsuitslagen, schooladvies, zorgleerling, zorgniveau,
      overleden, adres, telefoonnummer, 06-nummer, woonadres, privé, met de naam, voornaam,
      initialen, herkenbaar, weet wie het is, over wie het gaat, geroddeld, rondgestuurd, verteld]

  - id: C.4
    section: Toepassing social media in communicatie vanuit school
    title: Integere berichtgeving als ambassadeur
    text: >-
      De Schoolwerkplaats laat de inzet van social media door medewerkers over niet school
      gerelateerde onderwerpen met de belanghebbenden over aan de inschatting van de medewerker.
      Onze medewerkers zijn zich hierbij bewust dat zij ambassadeurs zijn van onze school, de
      integriteit van de berichtgeving op social media is essentieel en vanzelfsprekend.
    applies_to: [staff]
    conduct: false
    cite: "Toepassing social media in communicatie vanuit school, punt 4"
    why: "Laat het aan de inschatting van de medewerker en stelt vast dat die zich bewust is ambassadeur te zijn; er staat geen gedraging in die je kunt overtreden."

  - id: C.5
    section: Toepassing social media in communicatie vanuit school
    title: Melden dat je spreekt als leerkracht
    text: >-
      De Schoolwerkplaats respecteert de vrijheid van meningsuiting van al haar medewerkers. In
      het geval dat de medewerker communiceert via social media vanuit zijn/haar beroep, wordt
      kenbaar gemaakt dat dit gebeurt als leerkracht en namens de school.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "Toepassing social media in communicatie vanuit school, punt 5"
    words: [namens de school, als leerkracht, als juf, als meester, vanuit mijn beroep,
      vanuit zijn werk, beroepsmatig, niet vermeld, niet gezegd, nergens staat, onduidelijk,
      schoolbeleid, standpunt van de school, officieel, juf-account, meester-account,
      onderwijsaccount, lerarenaccount, bio, disclaimer, lesideeën, over mijn klas,
      persoonlijke mening, eigen mening, op persoonlijke titel, persoonlijke titel, standpunt,
      officieel standpunt, de school zegt, alsof het beleid is, blog, column, opiniestuk]

  - id: M.1
    section: Richtlijnen gebruik social media voor medewerkers
    title: Kennis delen, niet vertrouwelijk of schadelijk
    text: >-
      Medewerkers mogen kennis en andere waardevolle informatie delen, mits die informatie niet
      vertrouwelijk is en de Schoolwerkplaats of anderen niet schaadt.
    applies_to: [staff]
    severity: medium
    conduct: true
    cite: "Richtlijnen gebruik social media voor medewerkers, 1e punt"
    words: [vertrouwelijk, vertrouwelijke informatie, geheim, intern, nog niet bekend, dossier,
      leerlingdossier, leerlingvolgsysteem, toetsuitslagen, diagnose, adhd, autisme, zorgleerling,
      jeugdzorg, formatie, ontslag, reorganisatie, herkenbaar, schaadt, imago, zwartmaken, privacy,
      toetsgegevens, meldcode, leerlinggegevens, ziek, ziekte, ziekenhuis, burn-out, overspannen,
      depressie, medicijnen, medicatie, dyslexie, gezondheid, medisch, zwanger, hoofdluis, luizen,
      scheiding, gescheiden, vechtscheiding, failliet, schulden, armoede, uitkering, thuissituatie,
      situatie thuis, problemen thuis, gezinssituatie, veilig thuis, zorgmelding,
      ondertoezichtstelling, uithuisplaatsing, pleeggezin, vastzit, gevangenis, contactverbod,
      blijft zitten, blijven zitten, zittenblijven, rapport, cijfers, toetsresultaten, toetsscores,
      schooladvies, zorgniveau, overleden, adres, telefoonnummer, 06-nummer, woonadres,
      persoonlijke informatie, privé, privézaken, met naam, met de naam, voornaam, achternaam,
      initialen, weet wie het is, over wie het gaat, roddel, roddelen, geroddeld, rondgestuurd,
      verteld, interne informatie, ontslagen, fusie, bezuiniging, bezuinigen, begroting, financiën,
      geld, teamvergadering, mr, directieoverleg, inspectierapport, personeelszaken, vacature,
      notulen, parnassys, esis, magister, groepsoverzicht]

  - id: M.2
    section: Richtlijnen gebruik social media voor medewerkers
    title: Persoonlijk verantwoordelijk voor publicaties
    text: >-
      Medewerkers zijn persoonlijk verantwoordelijk voor de inhoud die ze, voor zover dat niet
      tot hun functie behoort, publiceren op social media. Zij zijn zich ervan bewust dat wat zij
      publiceren voor langere tijd openbaar zal zijn, met gevolgen voor hun privacy.
    applies_to: [staff]
    conduct: false
    cite: "Richtlijnen gebruik social media voor medewerkers, 2e punt"
    why: "Bewustzijnsverklaring: medewerkers zijn persoonlijk verantwoordelijk en weten dat publicaties lang openbaar blijven."

  - id: M.3
    section: Richtlijnen gebruik social media voor medewerkers
    title: Bij twijfel contact met de directie
    text: >-
      Bij twijfel over een publicatie of over de raakvlakken met de Schoolwerkplaats is het
      verstandig contact te zoeken met de directie.
    applies_to: [staff]
    conduct: false
    cite: "Richtlijnen gebruik social media voor medewerkers, 3e punt"
    why: "Advies: bij twijfel contact zoeken met de directie ('het is verstandig')."

  - id: M.4
    section: Richtlijnen gebruik social media voor medewerkers
    title: Ontsporende discussie direct melden
    text: >-
      Wanneer een online discussie dreigt te ontsporen neem dan direct contact op met de
      vertrouwenspersoon of de directie en overleg over de te ondernemen acties.
    applies_to: [staff]
    conduct: false
    cite: "Richtlijnen gebruik social media voor medewerkers, 4e punt"
    why: "Procedure: wat je doet als een online discussie dreigt te ontsporen (vertrouwenspersoon of directie inschakelen)."

  - id: M.5
    section: Richtlijnen gebruik social media voor medewerkers
    title: Bijzondere verantwoordelijkheid leidinggevenden
    text: >-
      De bestuurders, directeur en intern begeleider hebben een bijzondere verantwoordelijkheid
      bij het gebruik maken van social media. Voor sommige functies geldt dat iemand altijd wordt
      gezien als medewerker van de Schoolwerkplaats – ook als hij een persoonlijke mening
      verkondigt. Op grond van hun positie moeten medewerkers nagaan of zij op persoonlijke titel
      kunnen publiceren.
    applies_to: [staff]
    severity: light
    conduct: true
    cite: "Richtlijnen gebruik social media voor medewerkers, 5e punt"
    words: [directeur, directrice, bestuurder, bestuurslid, bestuur, intern begeleider, "ib'er",
      ib-er, schoolleider, locatieleider, persoonlijke mening, privémening, standpunt,
      op persoonlijke titel, politiek, opinie, ingezonden brief, gezien als standpunt van de school,
      opiniestuk, cvb, college van bestuur, leidinggevende, adjunct, vertegenwoordiger]

  # Each rule below is quoted with the lead-in sentence it completes.
  - id: L.1
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen pornografische of racistische inhoud
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Sites/adressen te bezoeken,
      informatie te downloaden of te verspreiden die pornografisch, racistisch, discriminerend,
      beledigend of aanstootgevend zijn.
    applies_to: [pupil]
    severity: severe
    conduct: true
    cite: "richtlijn 1 voor leerlingen"
    words: [porno, pornosite, seks, seksfilmpje, naakt, naaktfoto, bloot, nudes, racistisch,
      racisme, discriminerend, discriminatie, hakenkruis, nazi, neger, jodengrap, homo, homofoob,
      aanstootgevend, beledigend, grof, grove, gore plaatjes, gore filmpjes, onthoofding,
      shockvideo, gruwelijk, 18+, antisemitisch, sexting, blote, ondergoed, seksueel, sextortion,
      chantage, gechanteerd, discrimineren, eigen land, huidskleur, afkomst, geloof, terrorist,
      "homo's", transgender, lhbti]

  - id: L.2
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen ongeoorloofde toegang (hacken)
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Zich ongeoorloofd toegang te
      verschaffen tot niet openbare bronnen op het internet.
    applies_to: [pupil]
    severity: severe
    conduct: true
    cite: "richtlijn 2 voor leerlingen"
    words: [hacken, gehackt, hack, wachtwoord, password, inloggen, ingelogd, inloggegevens, inlog,
      geraden, andermans account, account van een ander, filter omzeilen, vpn, proxy,
      blokkade omzeilen, toegang, stiekem in, wachtwoord gestolen, leerlingsysteem,
      account van de juf, beveiliging omzeild, account overgenomen, overgenomen, ingebroken, map,
      mappen, bestanden, neuzen, rondneuzen, gegluurd, afgeschermd, beveiligd, gekraakt,
      niet bedoeld voor, systeem van school]

  - id: L.3
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen informatie veranderen of vernietigen
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Opzettelijk informatie waartoe men
      via internet toegang heeft verkregen, zonder toestemming te veranderen of te vernietigen.
    applies_to: [pupil]
    severity: severe
    conduct: true
    cite: "richtlijn 3 voor leerlingen"
    words: [verwijderd, verwijderen, gewist, wissen, weggehaald, aangepast, veranderd, gewijzigd,
      bewerkt, cijfers veranderd, gesaboteerd, vernield, overschreven, werk kwijt, bestand weg,
      prullenbak, gemanipuleerd, vandalisme]

  - id: L.4
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen foto's en filmpjes zonder toestemming
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Foto's en filmpjes te maken en te
      verspreiden zonder toestemming van de betrokkene.
    applies_to: [pupil]
    severity: medium
    conduct: true
    cite: "richtlijn 4 voor leerlingen"
    words: [foto, "foto's", fotootje, gefotografeerd, fotograferen, filmen, gefilmd, filmde,
      filmpje, video, opname, opgenomen, opnemen, stiekem gefilmd, selfie, kleedkamer, omkleden,
      zonder toestemming, zonder te vragen, in beeld, herkenbaar, vlog, reel, online gezet, gepost,
      vastgelegd, heimelijk gefilmd, plaatje, afbeelding, beeld, beelden, screenshot,
      schermafbeelding, fragment, clip, livestream, story, bereal, geluidsopname, scherm,
      laten zien, kleden, bloot, telefoon, camera]

  - id: L.5
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen anonieme berichten of nepnaam
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Berichten anoniem of onder een
      fictieve naam te versturen.
    applies_to: [pupil]
    severity: medium
    conduct: true
    cite: "richtlijn 5 voor leerlingen"
    words: [anoniem, anonieme, anoniem account, nepaccount, fake account, fake, nepprofiel,
      valse naam, andere naam, schuilnaam, nagemaakt, namaakaccount, doet zich voor als,
      zich voordoen als, gaf zich uit voor, namens iemand anders, op naam van, tweede account,
      finsta, anonieme vragen, ngl, tellonym, geheim account, onbekend nummer, verborgen nummer,
      onbekende afzender, geen naam, uitgeven voor, deed zich voor als, namens, account aangemaakt,
      met de naam van, niemand weet wie, onbekend wie, wie erachter zit, zogenaamd, uit naam van,
      nepmail, valse afzender, vervalst, namens de directie, niet van ons]

  - id: L.6
    section: Richtlijnen gebruik social media voor leerlingen
    title: Niemand lastigvallen; ongepaste info melden
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Iemand lastig te vallen. Indien
      iemand ongevraagd informatie van een soort als hierboven genoemd krijgt aangeboden, dient
      de leerling dit direct te melden bij de leerkracht.
    applies_to: [pupil]
    severity: severe
    conduct: true
    general: true
    cite: "richtlijn 6 voor leerlingen"
    words: [pesten, gepest, cyberpesten, lastigvallen, lastiggevallen, treiteren, uitschelden,
      uitgescholden, uitgemaakt voor, schelden, scheldt, bedreigen, bedreigd, bedreiging, dreigen,
      dreigt, dreigement, ik maak je dood, opwachten, buitensluiten, buitengesloten, geblokkeerd,
      stalken, spammen, blijft berichten sturen, afkraken, uitlachen, belachelijk maken, sukkel,
      ik weet waar je woont, schold, scheldwoord, scheldwoorden, beledigen, belediging, beledigend,
      kwetsend, gemeen, gemene, vernederen, lelijk, lelijkste, dik, dikke, loser, idioot, debiel,
      achterlijk, kut, trut, hoer, slet, kanker, tyfus, tering, mongool, mietje, aap, zwerver, tuig,
      wijf, zeikerd, klootzak, lul, eikel, stom, dom, cijfer geven, cijfers geven, rating, ranking,
      lijstje, poll, doodsbedreiging, dood, vermoorden, afmaken, neersteken, steken, mes, slaan,
      in elkaar slaan, te grazen, kapotmaken, kapot, lesje leren, weet waar je woont, opzoeken,
      voor de deur, uitkijken, wraak, pakken, gestalkt, achtervolgen, elke dag berichten,
      steeds berichten, blijft volgen, nieuw account, ongevraagd, opgezocht, uit de groep gezet,
      uit de groep gegooid, uit de groep, negeren, genegeerd, niemand mag, zwartmaken, zwartgemaakt,
      leugens, liegen, lasteren, laster, verzonnen, beschuldigen, beschuldiging, recensie,
      recensies, reviews, slechte naam, afzeiken, meme, memes, sticker, stickers, bewerkt,
      photoshop, gefotoshopt, montage, nepfoto]

ladders:
  default: true
  source: >-
    Het protocol noemt geen sancties; casus gebruikt de standaardladders.

escalations:
  aangifte: none

"""#),
        ("retention.yaml", #"""
# Bewaartermijnen (DESIGN.md §5): hoeveel jaar na vertrek een dossier bewaard blijft.
# `casus purge --dry-run` toont wat er over de termijn is; `casus purge --yes` verwijdert het en laat
# een grafsteen (tombstone) met de laatste hash van het dossier achter.
# Retention: years after a pupil left or an employee's employment ended.
# Een dossier blijft bewaard zolang op een van zijn zaken een bezwaar, een geschil bij de
# Geschillencommissie passend onderwijs of een rechtszaak loopt (`casus purge --dry-run` zegt welke).
# Wettelijke bewaartermijnen per soort stuk zijn niet geverifieerd (research/law.md noemt ze niet);
# casus gebruikt daarom alleen deze twee termijnen. Kept while an objection, dispute or court case runs;
# no statutory periods per kind of record were verified, so only these two apply.
pupil_years: 2
staff_years: 2

"""#),
        ("templates/README.md", #"""
# Letter templates

One file per letter, `<id>.mustache`; the id is what `casus letter ID --template NAME` takes and
what the ladder proposes with a step. Rendered with hummingbird-project/swift-mustache 2.x, then
edited by the director and appended to the dossier.

| id | letter | subject kinds |
|---|---|---|
| `waarschuwing` | schriftelijke waarschuwing (to the parents; to the parent or employee about their own conduct) | all |
| `maatregel-ouders` | parents informed of a lighter measure (device custody, ICT ban, e-mail withdrawal, contract) | pupil, parent |
| `schorsingsbesluit` | suspension decision (WPO 40c / WVO 2020 8.14 / WEC 40a; for a parent: denial of access) | pupil, parent |
| `toegangsverbod` | access ban for a parent (huisrecht; no statute verified) | parent |
| `time-out` | written notice of a time-out to the parents | pupil |
| `uitnodiging-hoorgesprek` | hearing before a removal decision | pupil, parent |
| `verwijderingsbesluit` | removal decision (WPO 40/63, WVO 2020 8.15, WEC 40) | pupil, parent |
| `beslissing-op-bezwaar` | the decision on the objection to a removal (or, openbaar, a suspension), after the hearing (WPO 63 lid 3, Awb 7:2, 7:12; appeal: Awb 8:1) | pupil, parent |
| `voornemen-maatregel` | proposed disciplinary measure (voornemen), CAO PO, registered letter | staff |
| `besluit-maatregel` | the decision on a voornemen, after the zienswijze | staff |
| `ordemaatregel` | precautionary suspension of an employee | staff |
| `datalek-beoordeling` | assessment of a possible data breach, the register entry (AVG 33) | all |
| `ontslag-op-staande-voet` | summary dismissal, BW 7:677 | staff |
| `melding-inspectie` | report to the Inspectie (suspension > 1 day, removal) | pupil, parent |
| `telefoonnotitie-vertrouwensinspecteur` | phone note of the report to the vertrouwensinspecteur | all (staff first) |
| `aangifte` | record of a police report | all |
| `uitnodiging-hoorzitting-bezwaar` | invitation to the hearing on an objection; openbaar: where and when the documents lie open (Awb 7:2, 7:4, 7:5) | pupil, parent |
| `uitnodiging-gesprek` | invitation to a talk | all |

A template used for a subject kind it is not meant for renders only a bracketed note saying so.

## Rules

- Line 1 is exactly `{{! title: <Dutch title for the picker> }}`; the letter starts on line 2.
- Plain text, lines of at most 78 characters, no trailing spaces. Free-text values (the case
  summary, the quoted article texts, the step's reason and justification) arrive as one long line
  each and are not wrapped by the template.
- Every value in triple braces `{{{x}}}`: `{{x}}` HTML-escapes (`'` becomes `&#39;`).
- Where the director must fill something in: `[hint in Dutch]`. Keep these few: a letter that still
  holds a `[…]` cannot be filed (casus names the first one and its line).
- The school speaks: "wij", "ons", "onze" throughout; never "ik"/"mij" in the same letter.
- Prose that holds a value is one line in the template (casus wraps it at 78 columns), so a name
  or a date never leaves a ragged line; fixed prose may be pre-wrapped.
- A further consequence is named only through `consequences` (what the profile's ladder allows,
  by default the next rung), never as a list of heavier measures in the template.
- Articles are headed `{{{heading}}}` and quoted `"{{{text}}}"`: the school's own number first.

## swift-mustache specifics

- **An empty string is true in a section.** `{{#incident.platform}}…{{/incident.platform}}` renders
  even when the platform is `""`. Guard optional strings with the `empty` transform:
  `{{^empty(incident.platform)}} op {{{incident.platform}}}{{/empty(incident.platform)}}`.
  `empty()` also works on lists (`{{^empty(articles)}}`).
- **`step` is absent when `hasStep` is false**, and `empty()` of a missing value is nil, so an
  inverted `{{^empty(step.x)}}` would render. Always nest `step.*` inside `{{#hasStep}}`.
- A line holding only a section tag or a comment is removed entirely (standalone tags).

## Values (LetterContext.build)

All strings unless noted; optional ones are `""` when unknown.

- `school.name`, `school.town`; `today` ("21 november 2026")
- `director.name`, `director.role` ("directeur" or "bestuur")
- `addressee.block`: the address block, one letter's addressees (issue 16, item 2): names as
  "De heer K. van den Berg" / "Mevrouw F. El Amrani" / "K. Jansen", then street and
  "1234 AB  ZWOLLE"; where the address is missing a `[adres ontbreekt: casus people edit ID …]`
  that keeps the letter from being filed. For a pupil's case one letter per address of the
  parents/guardians (`casus letter … --to PERSON` picks one).
- `addressee.salutation`: "Geachte heer Van den Berg", "Geachte heer Van den Berg en mevrouw El
  Amrani", "Geachte K. van den Berg" (salutation neutraal or onbekend); the template adds the comma
- `signature.onBehalf`: "namens het bevoegd gezag, <the board's name>" (else "… van <the school's>"), the
  line under "Met vriendelijke groet," (the template adds the comma)
- `protocol.name`, `protocol.document`
- `heard.teacher`, `heard.parents`, `heard.pupil`, `heard.employee`: the day that party was last heard (the
  latest meeting note naming them, on the day it was held), empty when never.
- `declined.parents`, `declined.pupil`: the day it was recorded that the parents (the pupil) were invited to
  be heard before the removal and did not take up the opportunity (`casus case declined`), empty when they
  were heard or nothing says so; only where the law asks for the opportunity (Awb art. 4:8, WVO 2020 art. 8.15).
- `case.number`, `case.facts` (what the director established, in their own words, asked in the step
  dialog and `case step --facts`; until then the case's summary), `case.summary` (the summary from
  triage), `case.severity` (licht/middel/ernstig), `case.opened`. Letters state `case.facts`. Neither
  is ever the report's own text: while the case holds only that, both are the field "[beschrijf wat er
  is gebeurd, in uw eigen woorden: …]", and the letter is not filed before the director fills it in.
- `incident.date`, `incident.platform` (as reported), `incident.where` (the platform as a letter's sentence goes
  on after "uw gedrag": "op WhatsApp", "met een telefoon", "via e-mail", the reporter's words where they start
  with a preposition; empty without a platform)
- `subject.name`, `subject.firstName`, `subject.kind`, `subject.group`, `subject.function`
- `isPupil`, `isParent`, `isStaff` (bool; staff includes volunteers and interns), `isEmployee` (bool: staff in
  the school's employ, not an intern or volunteer: a contract, the cao, a salary)
- `pupil.name`, `pupil.firstName`, `pupil.group`: the pupil whose leerlingdossier this goes into
  (`""` for staff cases); `pupil.group` is the bare group ("7"), the templates write "groep 7"
  (`classWord`: "groep", or "klas" in VO; `classLabel`: "Groep:" or "Klas: ", as wide; `classTeacher`:
  "groepsleerkracht", or "mentor" in VO)
- `parents` (list of `{name}`), `parentNames` ("Karin en Jeroen de Jong" or "de ouders/verzorgers")
- `articles` (list of `{id, title, text, cite, heading}`): `cite` as the school's document numbers the
  article ("richtlijn 4 voor leerlingen"), `heading` the line a letter quotes it under
  ("Richtlijn 4 voor leerlingen (L.4) – Geen foto's en filmpjes zonder toestemming")
- `consequences.any` (bool), `consequences.text` ("een schorsing"): what a further breach may lead to,
  as the profile's `ladders.letter_consequences` allows (default: the next rung above the case's)
- `hasStep` (bool); `step.rung` (Dutch label), `step.reason`, `step.days` (suspensions only),
  `step.start`, `step.end`, `step.date`, `step.justification`, `step.detail`
- `objection.received` (the day the objection came in), `objection.decided` (the day of the decision objected to),
  `objection.aboutRemoval` (bool), `objection.hearingKnown`, `objection.heard`, `objection.declined` (the hearing on it),
  `objection.revoked` (the day the removal objected to was revoked, empty while it stands) and
  `objection.revokedReason` (why, as recorded); `law.reconsideration` (Awb art. 7:11 lid 2 at an openbare school)
- `deadlines.objection` (decision + 6 weeks); `deadlines.respond` (a voornemen's term), `deadlines.contest`
  (summary dismissal), `deadlines.banEnd` (an access ban's last day). There is no `deadlines.otherSchool`:
  the 8-week search is not in the WPO since 2014 (research/law.md).
- `vertrouwensinspecteur.phone`

## Legal values (LetterContext+Law)

The legal sentences take every citation from these, so a letter cites what the engine applies. A
letter prints a source without casus's own verification marks (those are for the director, in notes
and `protocol show`); a source casus could not verify at all prints as a field,
"[bron nagaan: CAO PO, …]", which the director replaces with the checked article (or removes) before
the letter can be filed.

- `board.name` (the bevoegd gezag, else "het bevoegd gezag van SCHOOL"), `board.address` (lines),
  `board.addressBlock` (the same, each line indented two spaces), `schoolAddress`
- `isOpenbaar`, `isBijzonder`, `isPO`, `isVO`, `isSO`, `isAssumed` (the record is not set yet),
  `pupilIsAdult` (18 or older on the day of the decision: writes and objects for themselves),
  `parentsToo` (VO, the pupil under 21 on the day of the decision: a decision goes to the parents too),
  `householdApart` (the parents live at two addresses and get a letter each: casus records the parents heard
  together, so a letter does not say "U bent gehoord" to one who may not have been; it asks whom),
  `toPupil` (this letter goes to the pupil: a VO decision to suspend or remove, which is made known to
  the pupil, and to the parents too while under 21, one letter each; an adult SO pupil's suspension.
  Written to the pupil with "je"; `addressee.salutation` is then "Beste VOORNAAM")
- `law.act`, `law.suspension`, `law.suspensionDecision`, `law.suspensionInspectie`, `law.complaints`,
  `law.awbView`, `law.awbUrgency`, `law.awbObjection`, `law.awbClause`, `law.awbNoSuspension`,
  `law.removalDecision`, `law.removalHearing`, `law.parentsHeard` (the parents' own hearing), `law.objectionWindow`, `law.objectionDecision`,
  `law.objectionDocuments` (Awb 7:4: the documents before the hearing), `law.hearingBy` (Awb 7:5 lid 1),
  `law.objectionConsult` (SO: the inspecteur consulted before the decision on an objection; empty elsewhere),
  `law.zorgplicht`, `law.dispute`, `law.leerplicht`, `law.inspectieRemoval`, `law.inspectieConsult`,
  `law.inspectieFinal`, `law.lpwAbsence`, `law.schoolwork`, `law.timeOut`, `law.accessBan`, `law.cao`,
  `law.caoOrdemaatregel`, `law.meldplicht` (the aangifte), `law.meldplichtConsult` (the consultation), `law.avgBreach`, `law.avgRegister`, `law.avgSubjects`
- `facts.urgency` (Awb 4:11), `hasUrgency`, `facts.acceptedBy`, `facts.acceptedOn`, `facts.route`,
  `facts.breachReport`, `facts.breachNote`, `facts.parentsInformedOn` (the day the last of the latest
  decision's letters was recorded as sent; empty until each was), `facts.informed` (who they went to:
  "De ouders/verzorgers zijn", "De leerling en de ouders/verzorgers zijn", "De leerling is"),
  `facts.leerplichtInformedOn`, `facts.pastLeerplicht` (the pupil was 18 or older on the day of the decision: no
  leerplichtambtenaar, no other school first), `facts.rmcInformedOn` (the RMC told, below 23)
- `isProposal`, `proposal.rung` (the last voornemen); `proposal.date` and `proposal.opening`: the day its letter was
  recorded as sent by registered post or handed over, and the sentence's opening ("Bij aangetekende brief van …",
  "Bij brief, persoonlijk aan u overhandigd op …,"), empty while no such sending is known; `facts.zienswijzeKnown`, `facts.zienswijzeGiven`, `facts.zienswijzeNone`,
  `facts.zienswijzeOn`, `facts.zienswijze`: the employee's zienswijze on the last voornemen as recorded;
  `step.phase` (decision or proposal); `step.isStaffSuspension`: a staff member's disciplinary suspension, whose
  period and pay the letter leaves as fields for the director (casus keeps no days for it); `step.isLater`: the
  letter is written after the day of the decision (a summary dismissal's day is then the director's to state);
  `step.heard`: the day the employee was heard on this measure (since the decision before it, not before the
  report), empty when no such meeting note is recorded; `step.given`: a time-out's school day (`--start`), else
  the decision's day; `step.parentsTold`: true once this time-out's own obligation to tell the
  parents is ticked (not the day: the tick's day is not the call's); `step.heardSince`: as `step.heard`, but a
  meeting on the day of the decision before it does not count (that decision's talk); `unheard`: a staff member (an employee,
  volunteer or intern) not heard on this measure (no `step.heard`; true without a step), so the letter says what
  the report describes, not what was established; `step.over`: the measure's last day has passed by the letter's day (its letter tells what was);
  `step.precautionaryEnds`
  (a summary dismissal's): what the dismissal says of the ordemaatregels in this case or another about the
  employee, as whole sentences (the one running on its day, from its first day to its last extension, "eindigt met
  dit ontslag"; one still to begin "gaat niet in"), empty when there is none

"""#),
        ("templates/aangifte.mustache", #"""
{{! title: Vastlegging aangifte bij de politie }}
VASTLEGGING AANGIFTE BIJ DE POLITIE

  School:            {{{school.name}}}
  Zaak:              {{{case.number}}}
  Opgesteld op:      {{{today}}}
  Opgesteld door:    {{{director.name}}}, {{{director.role}}}

De aangifte

  Datum aangifte:    [datum gedaan, of datum waarop gepland]
  Politiebureau:     [adres politiebureau]
  Verbalisant:       [naam verbalisant]
  Registratienummer: [registratienummer van de aangifte]
  Aangever:          {{{director.name}}}, namens het bevoegd gezag

Betrokkene

  Naam:              {{{subject.name}}} ({{{subject.kind}}})
{{#isStaff}}
{{^empty(subject.function)}}
  Functie:           {{{subject.function}}}
{{/empty(subject.function)}}
{{/isStaff}}
{{^isStaff}}
{{^empty(pupil.name)}}
  Leerling:          {{{pupil.name}}}{{^empty(pupil.group)}}, {{{classWord}}} {{{pupil.group}}}{{/empty(pupil.group)}}
{{/empty(pupil.name)}}
  Ouders/verzorgers: {{{parentNames}}}
{{/isStaff}}
{{^empty(incident.date)}}
  Datum melding:     {{{incident.date}}}
{{/empty(incident.date)}}
{{^empty(incident.platform)}}
  Platform:          {{{incident.platform}}}
{{/empty(incident.platform)}}

De feiten

{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Grondslag

De feiten houden mogelijk een strafbaar feit in; daarom doet de school
aangifte bij de politie. De zaak is behandeld volgens:

  Protocol:          {{{protocol.document}}}
  Bevoegd gezag:     {{{board.name}}}

{{#isStaff}}
Gaat het om een mogelijk zedenmisdrijf tegen een leerling door iemand met
taken op school, en heeft het overleg met de vertrouwensinspecteur tot een
redelijk vermoeden geleid, dan is het bevoegd gezag tot aangifte verplicht
({{{law.meldplicht}}}). De ouders van de leerling en de betrokkene worden daarvan vóór de aangifte op de hoogte gesteld.

{{/isStaff}}
Het gedrag is mogelijk in strijd met de volgende artikelen van het protocol:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

Aan de politie overgedragen (bijvoorbeeld schermafbeeldingen):


{{^isStaff}}
Ouders/verzorgers over de aangifte geïnformeerd op:

{{/isStaff}}
{{#isStaff}}
Bestuur (bevoegd gezag) over de aangifte geïnformeerd op:

{{/isStaff}}
Opgesteld op {{{today}}} door:

{{{director.name}}}
{{{director.role}}}, {{{school.name}}}

"""#),
        ("templates/beslissing-op-bezwaar.mustache", #"""
{{! title: Beslissing op bezwaar }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder.]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: beslissing op {{#toPupil}}je{{/toPupil}}{{^toPupil}}uw{{/toPupil}} bezwaar tegen de {{#objection.aboutRemoval}}verwijdering{{/objection.aboutRemoval}}{{^objection.aboutRemoval}}schorsing{{/objection.aboutRemoval}} van {{{pupil.name}}}

{{{addressee.salutation}}},

{{#toPupil}}
{{#hasStep}}Je hebt bezwaar gemaakt tegen ons besluit van {{{objection.decided}}} om je {{#objection.aboutRemoval}}van school te verwijderen{{/objection.aboutRemoval}}{{^objection.aboutRemoval}}te schorsen{{/objection.aboutRemoval}}.{{/hasStep}} In deze brief lees je onze beslissing op dat bezwaar.
{{/toPupil}}
{{^toPupil}}
{{#hasStep}}U hebt bezwaar gemaakt tegen ons besluit van {{{objection.decided}}} om {{{pupil.firstName}}} {{#objection.aboutRemoval}}van school te verwijderen{{/objection.aboutRemoval}}{{^objection.aboutRemoval}}te schorsen{{/objection.aboutRemoval}}.{{/hasStep}} In deze brief leest u onze beslissing op dat bezwaar.
{{/toPupil}}
{{#objection.hearingKnown}}

Horen

{{#toPupil}}
{{^empty(objection.heard)}}Wij hebben je over je bezwaar gehoord op {{{objection.heard}}} ({{{law.objectionHearing}}}). Het verslag van dat gesprek is opgenomen in je leerlingdossier.{{/empty(objection.heard)}}{{^empty(objection.declined)}}Wij hebben je in de gelegenheid gesteld over je bezwaar te worden gehoord ({{{law.objectionHearing}}}); je hebt die gelegenheid niet benut ({{{objection.declined}}}).{{/empty(objection.declined)}}
{{/toPupil}}
{{^toPupil}}
{{^empty(objection.heard)}}Wij hebben u over uw bezwaar gehoord op {{{objection.heard}}} ({{{law.objectionHearing}}}). Het verslag van dat gesprek is opgenomen in het leerlingdossier.{{/empty(objection.heard)}}{{^empty(objection.declined)}}Wij hebben u in de gelegenheid gesteld over uw bezwaar te worden gehoord ({{{law.objectionHearing}}}); u hebt die gelegenheid niet benut ({{{objection.declined}}}).{{/empty(objection.declined)}}
{{/toPupil}}
{{/objection.hearingKnown}}

Onze beslissing

{{^empty(objection.revoked)}}
{{#toPupil}}
Je bezwaar is gegrond. Wij hebben ons besluit om je van school te verwijderen herroepen op {{{objection.revoked}}} ({{{law.reconsideration}}}): je blijft leerling van onze school.
{{/toPupil}}
{{^toPupil}}
Uw bezwaar is gegrond. Wij hebben ons besluit om {{{pupil.firstName}}} van school te verwijderen herroepen op {{{objection.revoked}}} ({{{law.reconsideration}}}): {{{pupil.firstName}}} blijft leerling van onze school.
{{/toPupil}}

Redenen

{{{objection.revokedReason}}}

[Wat in het bezwaar en bij het horen naar voren is gebracht en hoe het is
gewogen.]
{{/empty(objection.revoked)}}
{{#empty(objection.revoked)}}
{{^empty(objection.opinion)}}
De Geschillencommissie passend onderwijs gaf op {{{objection.opinionOn}}} haar oordeel: {{{objection.opinion}}}

[Wat het bevoegd gezag met het oordeel van de commissie doet; wijkt deze beslissing ervan af, waarom.]

{{/empty(objection.opinion)}}
[Gegrond of ongegrond: de beslissing op het bezwaar, en wat zij betekent
voor het besluit.]

Redenen

[De redenen van de beslissing, met wat in het bezwaar en bij het horen naar
voren is gebracht en hoe het is gewogen.]
{{/empty(objection.revoked)}}
{{#isOpenbaar}}

Beroep

{{#toPupil}}
Ben je het niet eens met deze beslissing, dan kun je{{^pupilIsAdult}}, of kunnen je ouders/verzorgers,{{/pupilIsAdult}} binnen zes weken na de dag waarop zij bekend is gemaakt beroep instellen bij de bestuursrechter van de rechtbank ({{{law.appeal}}}). Vermeld in het beroepschrift je naam en adres, de datum, deze beslissing (zaak {{{case.number}}}) en waarom zij niet juist is, en stuur een kopie van deze brief mee.
{{/toPupil}}
{{^toPupil}}
Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken na de dag waarop zij bekend is gemaakt beroep instellen bij de bestuursrechter van de rechtbank ({{{law.appeal}}}). Vermeld in het beroepschrift uw naam en adres, de datum, deze beslissing (zaak {{{case.number}}}) en waarom zij niet juist is, en stuur een kopie van deze brief mee.
{{/toPupil}}
{{/isOpenbaar}}
{{#isBijzonder}}

Rechter

{{#toPupil}}
Ben je het niet eens met deze beslissing, dan kun je{{^pupilIsAdult}}, of kunnen je ouders/verzorgers,{{/pupilIsAdult}} de zaak voorleggen aan de civiele rechter.
{{/toPupil}}
{{^toPupil}}
Bent u het niet eens met deze beslissing, dan kunt u de zaak voorleggen aan de civiele rechter.
{{/toPupil}}
{{/isBijzonder}}

{{#toPupil}}
Een kopie van deze brief wordt opgenomen in je leerlingdossier.
{{/toPupil}}
{{^toPupil}}
Een kopie van deze brief wordt opgenomen in het leerlingdossier van {{{pupil.name}}}.
{{/toPupil}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/besluit-maatregel.mustache", #"""
{{! title: Besluit disciplinaire maatregel (na voornemen) }}
{{^isEmployee}}
[Dit sjabloon is bedoeld voor een zaak over een medewerker in dienst van de
school; een stagiair of vrijwilliger heeft geen arbeidsovereenkomst, cao of
salaris: leg afspraken met hen vast in een notitie of een uitnodiging voor
een gesprek.]
{{/isEmployee}}
{{#isEmployee}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: besluit disciplinaire maatregel

{{{addressee.salutation}}},

{{^empty(proposal.date)}}
{{{proposal.opening}}} heeft het bevoegd gezag u laten weten dat het voornemens was u een disciplinaire maatregel op te leggen ({{{proposal.rung}}}), en u gelegenheid gegeven uw zienswijze te geven.
{{/empty(proposal.date)}}
{{#empty(proposal.date)}}
Het bevoegd gezag heeft u eerder laten weten dat het voornemens was u een
disciplinaire maatregel op te leggen, en u gelegenheid gegeven uw
zienswijze te geven.
{{/empty(proposal.date)}}

{{#facts.zienswijzeGiven}}
U heeft op {{{facts.zienswijzeOn}}} uw zienswijze gegeven. Samengevat:
{{{facts.zienswijze}}}

[Hoe uw zienswijze is gewogen: waarom zij het bevoegd gezag niet tot een ander besluit brengt, of wat zij aan het besluit heeft veranderd.]
{{/facts.zienswijzeGiven}}
{{#facts.zienswijzeNone}}
U heeft binnen de termijn geen zienswijze gegeven.
{{/facts.zienswijzeNone}}
{{^facts.zienswijzeKnown}}
[Uw zienswijze, of: u heeft binnen de termijn geen zienswijze gegeven.
Waarom die het bevoegd gezag niet tot een ander besluit brengt.]
{{/facts.zienswijzeKnown}}

Het besluit

Het bevoegd gezag heeft besloten u de volgende disciplinaire maatregel op
te leggen ({{{law.cao}}}):

  Medewerker:            {{{subject.name}}}
{{^empty(subject.function)}}
  Functie:               {{{subject.function}}}
{{/empty(subject.function)}}
{{#hasStep}}
  Maatregel:             {{{step.rung}}}
  Datum van het besluit: {{{step.date}}}
{{#step.isStaffSuspension}}
  Duur:                  [de schorsing: van … tot en met …]
  Salaris:               [met of zonder salaris; grondslag in de cao]
{{/step.isStaffSuspension}}
{{/hasStep}}
{{^hasStep}}
  Maatregel:             [schriftelijke berisping of schorsing]
  Datum van het besluit: {{{today}}}
{{/hasStep}}

De feiten

{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Met dit gedrag heeft u gehandeld in strijd met de volgende artikelen van
ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

[Beroepsmogelijkheid volgens de geldende CAO: bij welke commissie en binnen
welke termijn. casus heeft de CAO-artikelen niet geverifieerd.]

Deze brief wordt opgenomen in uw personeelsdossier.

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isEmployee}}

"""#),
        ("templates/datalek-beoordeling.mustache", #"""
{{! title: Beoordeling mogelijk datalek (register datalekken) }}
BEOORDELING MOGELIJK DATALEK — REGISTER DATALEKKEN

  School:               {{{school.name}}}
  Zaak:                 {{{case.number}}}
  Opgesteld op:         {{{today}}}
  Opgesteld door:       {{{director.name}}}, {{{director.role}}}
{{^empty(incident.date)}}
  Kennisgenomen op:     {{{incident.date}}} [tijdstip]
{{/empty(incident.date)}}

Wat is er gebeurd

{{{case.facts}}}

  Soort gegevens:       [namen, foto's, cijfers, zorggegevens ...]
  Betrokkenen:          [wie, hoeveel]
  Hoe:                  [gedeeld via sociale media, verkeerd gemaild ...]
  Genomen maatregelen:  [bericht verwijderd, wachtwoord gewijzigd ...]

Beoordeling

Een inbreuk in verband met persoonsgegevens meldt de school zonder
onredelijke vertraging en zo mogelijk binnen 72 uur nadat zij er kennis van
heeft genomen aan de Autoriteit Persoonsgegevens, tenzij het niet
waarschijnlijk is dat de inbreuk een risico voor de betrokkenen inhoudt
({{{law.avgBreach}}}). De 72 uur zijn klokuren, geen schooldagen.

  Risico voor betrokkenen:  [geen / laag / hoog, en waarom]
  Melden aan de AP:         [ja / nee]
  Betrokkenen informeren:   [ja / nee] ({{{law.avgSubjects}}})

Elk datalek, ook een dat niet gemeld wordt, staat in het register van
datalekken ({{{law.avgRegister}}}).

Opgesteld op {{{today}}} door:

{{{director.name}}}
{{{director.role}}}, {{{school.name}}}

"""#),
        ("templates/maatregel-ouders.mustache", #"""
{{! title: Brief aan ouders over een maatregel }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder. Kies
voor een medewerker het sjabloon "Voornemen disciplinaire maatregel".]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: maatregel{{#hasStep}} ({{{step.rung}}}){{/hasStep}}

{{#isParent}}
{{{addressee.salutation}}},

Met deze brief informeren wij u over een maatregel die wij hebben genomen naar aanleiding van uw gedrag{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Het gaat om het volgende:
{{/isParent}}
{{^isParent}}
{{{addressee.salutation}}},

{{#toPupil}}Met deze brief informeren wij je over een maatregel die wij hebben genomen naar aanleiding van jouw gedrag.{{/toPupil}}{{^toPupil}}Met deze brief informeren wij u over een maatregel die wij hebben genomen naar aanleiding van het gedrag van {{{pupil.firstName}}}.{{/toPupil}} Het gaat om het volgende:
{{/isParent}}

{{{case.facts}}}

Dit is in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

Wij hebben daarom de volgende maatregel genomen:

{{#hasStep}}
  Maatregel:    {{{step.rung}}}
{{^empty(step.detail)}}
  Inhoud:       {{{step.detail}}}
{{/empty(step.detail)}}
{{#empty(step.detail)}}
  Inhoud:       [wat de maatregel inhoudt en hoe lang hij duurt]
{{/empty(step.detail)}}
  Ingangsdatum: {{{step.date}}}
{{/hasStep}}
{{^hasStep}}
  Maatregel:    [apparaat in bewaring, ICT-verbod, intrekken e-mailadres of contract]
  Inhoud:       [wat de maatregel inhoudt en hoe lang hij duurt]
  Ingangsdatum: {{{today}}}
{{/hasStep}}
{{#hasStep}}
{{^empty(step.reason)}}

Reden: {{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

{{#isParent}}
Wij gaan ervan uit dat u zich voortaan aan de afspraken van ons protocol houdt.{{#consequences.any}} Gebeurt dat niet, dan kan dat leiden tot {{{consequences.text}}}.{{/consequences.any}}
{{/isParent}}
{{^isParent}}
{{#toPupil}}
Wij verwachten dat je je voortaan aan de afspraken van ons protocol houdt.{{#consequences.any}} Houd je je opnieuw niet aan de afspraken, dan kan dat leiden tot {{{consequences.text}}}.{{/consequences.any}}
{{/toPupil}}
{{^toPupil}}
Wij informeren u hierover, zodat u het voorval thuis kunt bespreken.{{#consequences.any}} Houdt {{{pupil.firstName}}} zich opnieuw niet aan de afspraken, dan kan dat leiden tot {{{consequences.text}}}.{{/consequences.any}}
{{/toPupil}}
{{/isParent}}

{{#toPupil}}
Heb je vragen over deze maatregel, neem dan gerust contact met ons op. Een kopie van deze brief wordt opgenomen in je leerlingdossier.
{{/toPupil}}
{{^toPupil}}
Heeft u vragen over deze maatregel, neem dan gerust contact met ons op. Een kopie van deze brief wordt opgenomen in het leerlingdossier van {{{pupil.name}}}.
{{/toPupil}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/melding-inspectie.mustache", #"""
{{! title: Melding aan de Inspectie van het Onderwijs }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor de schorsing of verwijdering van een
leerling. Een zaak over een medewerker wordt niet op deze manier aan de
Inspectie gemeld.]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

Aan de Inspectie van het Onderwijs

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
{{#hasStep}}
Betreft: melding {{{step.rung}}} van een leerling
{{/hasStep}}
{{^hasStep}}
Betreft: melding [schorsing of verwijdering] van een leerling
{{/hasStep}}

Geachte inspecteur,

{{#hasStep}}
{{^empty(step.days)}}
Hierbij meldt het bevoegd gezag van onze school de schorsing van een
leerling voor langer dan één dag ({{{law.suspensionInspectie}}}).
{{/empty(step.days)}}
{{#empty(step.days)}}
{{#isVO}}
Hierbij meldt het bevoegd gezag van onze school de definitieve verwijdering
van een leerling ({{{law.inspectieFinal}}}).
{{/isVO}}
{{^isVO}}
Hierbij informeert het bevoegd gezag van onze school u over het besluit tot
{{{step.rung}}} van een leerling.
{{/isVO}}
{{/empty(step.days)}}
{{/hasStep}}
{{^hasStep}}
Hierbij meldt het bevoegd gezag van onze school het volgende besluit over
een leerling.
{{/hasStep}}

  School:                {{{school.name}}}
  Leerling:              {{{pupil.name}}}
  Geboortedatum:         {{^empty(pupil.born)}}{{{pupil.born}}}{{/empty(pupil.born)}}{{#empty(pupil.born)}}[geboortedatum]{{/empty(pupil.born)}}
{{^empty(pupil.group)}}
  {{{classLabel}}}                 {{{pupil.group}}}
{{/empty(pupil.group)}}
{{#hasStep}}
  Maatregel:             {{{step.rung}}}
  Datum van het besluit: {{{step.date}}}
{{^empty(step.days)}}
  Eerste dag:            {{{step.start}}}
  Laatste dag:           {{{step.end}}}
  Aantal schooldagen:    {{{step.days}}}
{{/empty(step.days)}}
{{#empty(step.days)}}
{{^empty(facts.acceptedBy)}}
  Toegelaten door:       {{{facts.acceptedBy}}}
{{/empty(facts.acceptedBy)}}
{{/empty(step.days)}}
{{/hasStep}}
{{^hasStep}}
  Maatregel:             [schorsing of verwijdering]
  Datum van het besluit: [datum]
{{/hasStep}}
  Contactpersoon:        {{{director.name}}}, {{{director.role}}}

Redenen

{{#isParent}}
De maatregel is genomen vanwege het gedrag van een ouder/verzorger van de leerling ({{{subject.name}}}).

{{/isParent}}
{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Het gedrag is in strijd met de volgende artikelen van ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

{{#hasStep}}
{{^empty(step.days)}}
{{#facts.parentsInformedOn}}
{{{facts.informed}}} op {{{facts.parentsInformedOn}}} schriftelijk en met opgave van redenen over de schorsing geïnformeerd en gewezen op {{#isOpenbaar}}de mogelijkheid van bezwaar{{/isOpenbaar}}{{^isOpenbaar}}de klachtenregeling van de school{{/isOpenbaar}}.
{{/facts.parentsInformedOn}}
{{^facts.parentsInformedOn}}
[Nog niet elke brief over de schorsing is als verzonden vastgelegd: leg dat eerst vast (casus letter sent), dan noemt deze melding de dag.]
{{/facts.parentsInformedOn}}
{{/empty(step.days)}}
{{#empty(step.days)}}
Voorafgaand aan het besluit zijn de betrokkenen gehoord{{#hearing.anyDeclined}} of in de gelegenheid gesteld te worden gehoord{{/hearing.anyDeclined}} ({{{law.removalHearing}}}).
{{#facts.parentsInformedOn}}
{{{facts.informed}}} op {{{facts.parentsInformedOn}}} schriftelijk en met opgave van redenen over het besluit geïnformeerd en gewezen op de mogelijkheid van bezwaar.
{{/facts.parentsInformedOn}}
{{^facts.parentsInformedOn}}
[Nog niet elke brief over het besluit is als verzonden vastgelegd: leg dat eerst vast (casus letter sent), dan noemt deze melding de dag.]
{{/facts.parentsInformedOn}}
{{^facts.pastLeerplicht}}
{{#facts.leerplichtInformedOn}}
Burgemeester en wethouders (leerplicht) zijn op {{{facts.leerplichtInformedOn}}} geïnformeerd ({{{law.leerplicht}}}).
{{/facts.leerplichtInformedOn}}
{{^facts.leerplichtInformedOn}}
[Burgemeester en wethouders (leerplicht) moeten worden geïnformeerd ({{{law.leerplicht}}}): leg vast hoe en wanneer dat gebeurde (een notitie) en vink het daarmee af (casus case done … --entry STUK), dan noemt deze melding de dag.]
{{/facts.leerplichtInformedOn}}
De verwijdering is pas definitief als een andere school bereid is de
leerling toe te laten ({{{law.zorgplicht}}}).
{{/facts.pastLeerplicht}}
{{#facts.pastLeerplicht}}
De leerling was op de dag van het besluit 18 jaar of ouder: de Leerplichtwet 1969 geldt niet meer, en de
verwijdering is definitief nu zij is bekendgemaakt.
{{#facts.rmcInformedOn}}
Burgemeester en wethouders (regionale meld- en coördinatiefunctie) zijn op {{{facts.rmcInformedOn}}} geïnformeerd ({{{law.rmc}}}).
{{/facts.rmcInformedOn}}
{{/facts.pastLeerplicht}}
{{/empty(step.days)}}
{{/hasStep}}
{{^hasStep}}
De ouders/verzorgers zijn op [datum] schriftelijk en met opgave van redenen
over het besluit geïnformeerd en gewezen op de mogelijkheid van bezwaar.
{{/hasStep}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/ontslag-op-staande-voet.mustache", #"""
{{! title: Ontslag op staande voet }}
{{^isEmployee}}
[Dit sjabloon is bedoeld voor een zaak over een medewerker in dienst van de
school; een stagiair of vrijwilliger heeft geen arbeidsovereenkomst, cao of
salaris: leg afspraken met hen vast in een notitie of een uitnodiging voor
een gesprek.]
{{/isEmployee}}
{{#isEmployee}}
{{{school.name}}}

AANGETEKEND EN PER E-MAIL

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: ontslag op staande voet

{{{addressee.salutation}}},

Hierbij zeggen wij namens het bevoegd gezag van onze school de
arbeidsovereenkomst met u onverwijld op wegens een dringende reden, als
bedoeld in artikel 7:677 en 7:678 van het Burgerlijk Wetboek. Het ontslag
gaat onmiddellijk in.

  Medewerker:         {{{subject.name}}}
{{^empty(subject.function)}}
  Functie:            {{{subject.function}}}
{{/empty(subject.function)}}
{{#hasStep}}
{{^step.isLater}}
  Datum van ontslag:  {{{step.date}}}
{{/step.isLater}}
{{#step.isLater}}
  Datum van ontslag:  [{{{step.date}}} als het ontslag u die dag mondeling is meegedeeld, anders de dag waarop deze brief u bereikt]
{{/step.isLater}}
{{/hasStep}}
{{^hasStep}}
  Datum van ontslag:  {{{today}}}
{{/hasStep}}

Voor zover dit ontslag u al mondeling is meegedeeld, bevestigt deze brief
dat ontslag en de dringende reden daarvoor.

De dringende reden

{{#hasStep}}
{{{step.reason}}}
{{/hasStep}}
{{^hasStep}}
[de dringende reden]
{{/hasStep}}

De feiten

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over uw gedrag{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Uit ons onderzoek is het volgende gebleken:

{{{case.facts}}}

{{^empty(step.heardSince)}}Wij hebben u op {{{step.heardSince}}} over deze feiten gehoord.{{/empty(step.heardSince)}}{{#empty(step.heardSince)}}[Wanneer en hoe wij u over deze feiten hebben gehoord; of waarom wij u niet hebben gehoord]{{/empty(step.heardSince)}}

Met dit gedrag heeft u gehandeld in strijd met de volgende artikelen van ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

Deze gedragingen zijn, ieder afzonderlijk en in samenhang bezien, zo
ernstig dat van het bevoegd gezag redelijkerwijs niet kan worden gevraagd
de arbeidsovereenkomst te laten voortduren.

Gevolgen

{{#hasStep}}
{{^empty(step.precautionaryEnds)}}
{{{step.precautionaryEnds}}}

{{/empty(step.precautionaryEnds)}}
{{/hasStep}}
Na de datum van het ontslag ontvangt u geen loon meer. U ontvangt een
eindafrekening van het loon tot en met die datum, het opgebouwde
vakantiegeld en de niet opgenomen vakantie-uren. Wij verzoeken u de
eigendommen van de school, zoals sleutels, pasjes en apparatuur, uiterlijk
op [datum] in te leveren.

Bent u het niet eens met dit ontslag, dan kunt u de kantonrechter
verzoeken het te vernietigen. Dat verzoek moet worden ingediend binnen twee
maanden na de dag waarop de arbeidsovereenkomst is geëindigd (artikel
7:681 en 7:686a lid 4 van het Burgerlijk Wetboek).

U ontvangt deze brief aangetekend en per e-mail. De brief wordt opgenomen
in uw personeelsdossier.

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isEmployee}}

"""#),
        ("templates/ordemaatregel.mustache", #"""
{{! title: Schorsing als ordemaatregel (medewerker) }}
{{^isEmployee}}
[Dit sjabloon is bedoeld voor een zaak over een medewerker in dienst van de
school; een stagiair of vrijwilliger heeft geen arbeidsovereenkomst, cao of
salaris: leg afspraken met hen vast in een notitie of een uitnodiging voor
een gesprek.]
{{/isEmployee}}
{{#isEmployee}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: {{#hasStep}}{{^empty(step.since)}}verlenging van de {{/empty(step.since)}}{{/hasStep}}schorsing als ordemaatregel

{{{addressee.salutation}}},

{{#hasStep}}
{{#empty(step.since)}}
Met deze brief delen wij u mee dat het bevoegd gezag van onze school heeft
besloten u met ingang van {{{step.start}}} te schorsen als ordemaatregel. Dit is geen straf: het bevoegd gezag neemt deze maatregel in het belang van de school, terwijl het onderzoekt wat er is gebeurd ({{{law.caoOrdemaatregel}}}).
{{/empty(step.since)}}
{{^empty(step.since)}}
Met deze brief delen wij u mee dat het bevoegd gezag van onze school heeft
besloten de schorsing als ordemaatregel die op {{{step.since}}} inging, te verlengen tot en met {{{step.end}}}. Dit is geen straf: het bevoegd gezag neemt deze maatregel in het belang van de school, terwijl het onderzoekt wat er is gebeurd ({{{law.caoOrdemaatregel}}}).
{{/empty(step.since)}}
{{/hasStep}}
{{^hasStep}}
Met deze brief delen wij u mee dat het bevoegd gezag van onze school heeft
besloten u met ingang van [datum] te schorsen als ordemaatregel. Dit is geen straf: het
bevoegd gezag neemt deze maatregel in het belang van de school, terwijl
het onderzoekt wat er is gebeurd ({{{law.caoOrdemaatregel}}}).
{{/hasStep}}

  Medewerker:   {{{subject.name}}}
{{^empty(subject.function)}}
  Functie:      {{{subject.function}}}
{{/empty(subject.function)}}
{{#hasStep}}
{{^empty(step.since)}}
  Geschorst sinds: {{{step.since}}}
  Verlengd vanaf:  {{{step.start}}}
  Laatste dag:     {{{step.end}}}
{{/empty(step.since)}}
{{#empty(step.since)}}
  Eerste dag:   {{{step.start}}}
  Laatste dag:  {{{step.end}}}
{{/empty(step.since)}}
{{/hasStep}}
{{^hasStep}}
  Eerste dag:   [datum]
  Laatste dag:  [datum]
{{/hasStep}}

{{#hasStep}}{{#empty(step.since)}}Aanleiding{{/empty(step.since)}}{{^empty(step.since)}}Reden van de verlenging{{/empty(step.since)}}{{/hasStep}}{{^hasStep}}Aanleiding{{/hasStep}}

{{#hasStep}}
{{{step.reason}}}
{{/hasStep}}
{{^hasStep}}
[de reden]
{{/hasStep}}

Gedurende de schorsing behoudt u uw salaris. U verricht geen werkzaamheden.
Wij vragen u in deze periode over deze zaak geen contact op te nemen met
leerlingen en hun ouders. Contact met een raadsman, uw vakbond, de
vertrouwenspersoon en de bedrijfsarts staat u vrij; wilt u collega's als
getuige laten horen, geef hun namen dan aan ons door. Voor het einde van de
periode laat het bevoegd gezag u weten of de schorsing eindigt of, met
redenen, wordt verlengd.

{{#hasStep}}
{{^empty(step.heard)}}
Wij hebben u vóór dit besluit gehoord op {{{step.heard}}}; het verslag van dat gesprek is opgenomen in uw personeelsdossier. U kunt zich laten bijstaan door een raadsman, bijvoorbeeld van uw vakbond.
{{/empty(step.heard)}}
{{#empty(step.heard)}}
{{^empty(step.urgency)}}
Wij konden u niet vooraf horen: {{{step.urgency}}} U krijgt alsnog de gelegenheid uw kant van de zaak toe te lichten; u kunt zich laten bijstaan door een raadsman, bijvoorbeeld van uw vakbond.
{{/empty(step.urgency)}}
{{#empty(step.urgency)}}
[Wanneer en hoe de medewerker over deze maatregel is gehoord]
{{/empty(step.urgency)}}
{{/empty(step.heard)}}
{{/hasStep}}
{{^hasStep}}
[Wanneer en hoe de medewerker over deze maatregel is gehoord]
{{/hasStep}}

Beroep

[Bij welke commissie van beroep en binnen welke termijn de medewerker tegen dit besluit in beroep kan, volgens de cao]

Deze brief wordt opgenomen in uw personeelsdossier.

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isEmployee}}

"""#),
        ("templates/schorsingsbesluit.mustache", #"""
{{! title: Besluit tot schorsing }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder. Kies
voor een medewerker het sjabloon "Voornemen disciplinaire maatregel".]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
{{#isParent}}
Betreft: besluit tot het ontzeggen van de toegang tot de school
{{/isParent}}
{{^isParent}}
Betreft: besluit tot schorsing van {{{pupil.name}}}
{{/isParent}}

{{#isParent}}
{{{addressee.salutation}}},

Met deze brief delen wij u mee dat het bevoegd gezag van onze school heeft
besloten u tijdelijk de toegang tot de school te ontzeggen. In deze periode
mag u het schoolgebouw en het schoolplein niet betreden en bent u niet
welkom bij activiteiten van de school.

  Betreft:               {{{subject.name}}}
  Ouder/verzorger van:   {{{pupil.name}}}
{{/isParent}}
{{^isParent}}
{{{addressee.salutation}}},

{{#isVO}}
{{^ageKnown}}
[geboortedatum van {{{pupil.firstName}}} ontbreekt: leg die vast met casus people edit {{{pupil.id}}} --born JJJJ-MM-DD; de leeftijd beslist wie dit besluit krijgt]
{{/ageKnown}}
{{/isVO}}
{{#toPupil}}
Met deze brief laten wij je weten dat het bevoegd gezag van onze school heeft
besloten je te schorsen, met opgave van redenen en voor ten hoogste één week
({{{law.suspension}}}).
{{#isVO}}
{{#parentsToo}}
Dit besluit gaat naar jou en, omdat je jonger bent dan 21 jaar, ook naar je
ouders/verzorgers ({{{law.suspensionDecision}}}).
{{/parentsToo}}
{{^parentsToo}}
Omdat je 21 jaar of ouder bent, gaat dit besluit alleen naar jou
({{{law.suspensionDecision}}}).
{{/parentsToo}}
{{/isVO}}
{{^isVO}}
{{#pupilIsAdult}}
Omdat je meerderjarig en handelingsbekwaam bent, gaat dit besluit naar jou
({{{law.suspensionDecision}}}).
{{/pupilIsAdult}}
{{/isVO}}
{{/toPupil}}
{{^toPupil}}
Met deze brief delen wij u mee dat het bevoegd gezag van onze school heeft
besloten {{{pupil.firstName}}} te schorsen, met opgave van redenen en voor ten hoogste één week ({{{law.suspension}}}).
{{#parentsToo}}
Dit besluit gaat naar {{{pupil.firstName}}} en, omdat {{{pupil.firstName}}} jonger is dan 21 jaar, ook naar u ({{{law.suspensionDecision}}}).
{{/parentsToo}}
{{/toPupil}}

  Leerling:              {{{pupil.name}}}
{{^empty(pupil.group)}}
  {{{classLabel}}}                 {{{pupil.group}}}
{{/empty(pupil.group)}}
{{/isParent}}
{{#hasStep}}
  Datum van het besluit: {{{step.date}}}
{{/hasStep}}
{{^hasStep}}
  Datum van het besluit: {{{today}}}
{{/hasStep}}
{{#hasStep}}
{{^empty(step.days)}}
  Eerste dag:            {{{step.start}}}
  Laatste dag:           {{{step.end}}}
  Aantal schooldagen:    {{{step.days}}}
{{/empty(step.days)}}
{{#empty(step.days)}}
  Eerste dag:            [datum]
  Laatste dag:           [datum]
  Aantal schooldagen:    [ten hoogste vijf]
{{/empty(step.days)}}
{{/hasStep}}
{{^hasStep}}
  Eerste dag:            [datum]
  Laatste dag:           [datum]
  Aantal schooldagen:    [ten hoogste vijf]
{{/hasStep}}

Redenen van het besluit

{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Dit is in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}
{{#hasStep}}
{{^empty(step.justification)}}

Wij hebben niet eerst een lichtere maatregel genomen, om de volgende reden:
{{{step.justification}}}
{{/empty(step.justification)}}
{{/hasStep}}
{{#facts.parentsViewGiven}}

Zienswijze

{{#toPupil}}
Op {{{facts.parentsViewOn}}} is de zienswijze gegeven op het voorgenomen besluit. Samengevat:
{{/toPupil}}
{{^toPupil}}
U heeft op {{{facts.parentsViewOn}}} uw zienswijze gegeven op het voorgenomen besluit. Samengevat:
{{/toPupil}}
{{{facts.parentsView}}}

[Hoe de zienswijze is gewogen: waarom zij niet tot een ander besluit leidt, of wat zij aan het besluit heeft veranderd.]
{{/facts.parentsViewGiven}}
{{#facts.parentsViewNone}}

Zienswijze

{{#toPupil}}Vóór dit besluit is de gelegenheid gegeven een zienswijze te geven; binnen de termijn kwam er geen.{{/toPupil}}{{^toPupil}}U bent vóór dit besluit in de gelegenheid gesteld uw zienswijze te geven; binnen de termijn kwam er geen.{{/toPupil}}
{{/facts.parentsViewNone}}

{{#isParent}}
Wat dit besluit inhoudt

{{#step.over}}
Dit besluit ging alleen over u: {{{pupil.firstName}}} bleef gewoon naar school gaan. Het liep tot en met {{{step.end}}}; deze brief legt het besluit op schrift vast.
{{/step.over}}
{{^step.over}}
Dit besluit gaat alleen over u: {{{pupil.firstName}}} blijft gewoon naar school gaan. Over het brengen en halen en over het contact met de school in deze periode maken wij afspraken met u. Na de laatste dag bent u weer welkom op school.
{{/step.over}}
{{/isParent}}
{{^isParent}}
Wat de schorsing inhoudt

{{#step.over}}
{{#toPupil}}
De schorsing liep van {{{step.start}}} tot en met {{{step.end}}}: in die dagen kwam je niet naar school. Deze brief legt het besluit op schrift vast; je bent weer gewoon op school.
{{/toPupil}}
{{^toPupil}}
De schorsing liep van {{{step.start}}} tot en met {{{step.end}}}: in die dagen kwam {{{pupil.firstName}}} niet naar school. Deze brief legt het besluit op schrift vast; {{{pupil.firstName}}} is weer gewoon op school.
{{/toPupil}}
{{/step.over}}
{{^step.over}}
{{#toPupil}}
Tijdens de schorsing kom je niet naar school{{^pupilIsAdult}}, maar blijf je thuis, onder toezicht van je ouders/verzorgers{{/pupilIsAdult}}. Wij geven je schoolwerk mee, zodat je geen onnodige achterstand oploopt; je {{{classTeacher}}} maakt hierover afspraken met je. Op de eerste schooldag na de schorsing ben je weer welkom.
{{/toPupil}}
{{^toPupil}}
Tijdens de schorsing komt {{{pupil.firstName}}} niet naar school{{^pupilIsAdult}}, maar blijft thuis, onder uw toezicht{{/pupilIsAdult}}. Wij geven schoolwerk mee, zodat er geen onnodige achterstand ontstaat; de {{{classTeacher}}} maakt hierover afspraken met u. Op de eerste schooldag na de schorsing is {{{pupil.firstName}}} weer welkom.
{{/toPupil}}
{{/step.over}}
{{^pupilIsAdult}}
Het wegblijven van school tijdens de schorsing geldt als geoorloofd verzuim
({{{law.lpwAbsence}}}).
{{/pupilIsAdult}}

Duurt een schorsing langer dan één dag, dan meldt het bevoegd gezag de
schorsing schriftelijk en met opgave van redenen aan de Inspectie van het
Onderwijs ({{{law.suspensionInspectie}}}).
{{#isOpenbaar}}
{{#hasUrgency}}

{{#toPupil}}Je bent{{/toPupil}}{{^toPupil}}U bent{{/toPupil}} vóór dit besluit niet gehoord, omdat de vereiste spoed zich daartegen verzette ({{{law.awbUrgency}}}): {{{facts.urgency}}}
{{/hasUrgency}}
{{/isOpenbaar}}
{{/isParent}}

Gesprek

{{#toPupil}}
Wij nodigen je{{#parentsToo}} en je ouders/verzorgers{{/parentsToo}} uit voor een gesprek over dit besluit en over hoe wij verder gaan. Wil je contact met ons opnemen om een afspraak te maken?
{{/toPupil}}
{{^toPupil}}
Wij nodigen u uit voor een gesprek over dit besluit en over hoe wij verder gaan. Wilt u contact met ons opnemen om een afspraak te maken?
{{/toPupil}}

{{#isOpenbaar}}
Bezwaar

{{#toPupil}}{{#pupilIsAdult}}Ben je het niet eens met dit besluit, dan kun je{{/pupilIsAdult}}{{^pupilIsAdult}}Als jij of je ouders/verzorgers het niet eens zijn met dit besluit, kunnen jullie{{/pupilIsAdult}}{{/toPupil}}{{^toPupil}}Bent u het niet eens met dit besluit, dan kunt u{{/toPupil}} binnen zes weken, gerekend vanaf de dag na die waarop dit besluit bekend is gemaakt, dus uiterlijk op {{{deadlines.objection}}}, schriftelijk bezwaar maken bij het bevoegd gezag ({{{law.awbObjection}}}).

Stuur {{#toPupil}}het{{/toPupil}}{{^toPupil}}uw{{/toPupil}} bezwaarschrift aan:

  {{{board.name}}}
{{^empty(board.address)}}
{{{board.addressBlock}}}
{{/empty(board.address)}}
{{#empty(board.address)}}
  p/a {{{school.name}}}
{{^empty(school.town)}}
  {{{school.town}}}
{{/empty(school.town)}}
{{/empty(board.address)}}

Vermeld in het bezwaarschrift de naam en het adres van wie bezwaar maakt, de
datum, het kenmerk van deze brief (zaak {{{case.number}}}) en waarom het besluit niet juist is, en onderteken het. Het maken van bezwaar schort het besluit niet op: {{#isParent}}het besluit{{/isParent}}{{^isParent}}de schorsing{{/isParent}} gaat in de tussentijd gewoon door ({{{law.awbNoSuspension}}}).
{{/isOpenbaar}}
{{#isBijzonder}}
Klacht

Tegen een schorsing door een bijzondere school staat geen wettelijk bezwaar
open. {{#toPupil}}Ben je het niet eens met dit besluit, dan kun je{{^pupilIsAdult}} (samen met je ouders/verzorgers){{/pupilIsAdult}} een klacht indienen{{/toPupil}}{{^toPupil}}Bent u het niet eens met dit besluit, dan kunt u een klacht indienen{{/toPupil}} volgens de klachtenregeling van de school ({{{law.complaints}}}). Wij gaan ook graag eerst met {{#toPupil}}je{{/toPupil}}{{^toPupil}}u{{/toPupil}} in gesprek.
{{/isBijzonder}}

Een kopie van deze brief wordt opgenomen in {{#toPupil}}je leerlingdossier{{/toPupil}}{{^toPupil}}het leerlingdossier van {{{pupil.name}}}{{/toPupil}}.

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/telefoonnotitie-vertrouwensinspecteur.mustache", #"""
{{! title: Telefoonnotitie melding vertrouwensinspecteur }}
TELEFOONNOTITIE: MELDING BIJ DE LANDELIJKE VERTROUWENSINSPECTEUR

  School:           {{{school.name}}}
  Zaak:             {{{case.number}}}
  Datum gesprek:    {{{today}}}
  Tijdstip:         [tijdstip]
  Gebeld door:      {{{director.name}}}, {{{director.role}}}
  Gebeld naar:      Landelijke Vertrouwensinspecteur, {{{vertrouwensinspecteur.phone}}}
  Gesproken met:    [naam vertrouwensinspecteur]

Aanleiding

{{#isStaff}}
De melding gaat over mogelijk grensoverschrijdende communicatie of een
mogelijk zedendelict door een medewerker van de school:

  Medewerker:       {{{subject.name}}}
{{^empty(subject.function)}}
  Functie:          {{{subject.function}}}
{{/empty(subject.function)}}
{{/isStaff}}
{{^isStaff}}
De melding gaat over mogelijk grensoverschrijdend gedrag:

  Betrokkene:       {{{subject.name}}} ({{{subject.kind}}})
{{^empty(pupil.name)}}
  Leerlingdossier:  {{{pupil.name}}}{{^empty(pupil.group)}}, {{{classWord}}} {{{pupil.group}}}{{/empty(pupil.group)}}
{{/empty(pupil.name)}}
{{/isStaff}}
{{^empty(incident.date)}}
  Datum melding:    {{{incident.date}}}
{{/empty(incident.date)}}
{{^empty(incident.platform)}}
  Platform:         {{{incident.platform}}}
{{/empty(incident.platform)}}

Feiten zoals doorgegeven:

{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Mogelijk geschonden artikelen van ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

{{#isStaff}}
Grondslag: ons protocol en, bij een mogelijk zedenmisdrijf tegen een
leerling, de meldplicht: overleg met de vertrouwensinspecteur
({{{law.meldplichtConsult}}}); aangifte alleen bij een redelijk vermoeden ({{{law.meldplicht}}}).

{{/isStaff}}
Advies van de vertrouwensinspecteur:


Gemaakte afspraken:


Bestuur (bevoegd gezag) geïnformeerd op:

Aangifte (ja/nee, datum):

Opgesteld op {{{today}}} door:

{{{director.name}}}
{{{director.role}}}, {{{school.name}}}

"""#),
        ("templates/time-out.mustache", #"""
{{! title: Time-out: schriftelijke melding aan de ouders }}
{{^isPupil}}
[Dit sjabloon is bedoeld voor een time-out van een leerling.]
{{/isPupil}}
{{#isPupil}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: time-out van {{{pupil.name}}}

{{{addressee.salutation}}},

{{#step.parentsTold}}Zoals wij u al hebben laten weten, heeft {{{pupil.firstName}}}{{#hasStep}} op {{{step.given}}}{{/hasStep}} een time-out gekregen{{/step.parentsTold}}{{^step.parentsTold}}Wij laten u weten dat {{{pupil.firstName}}}{{#hasStep}} op {{{step.given}}}{{/hasStep}} een time-out heeft gekregen{{/step.parentsTold}}: {{{pupil.firstName}}} is voor de rest van die schooldag niet in de klas geweest [en door u opgehaald]. Met deze brief leggen wij dat schriftelijk en met redenen vast.

  Leerling:   {{{pupil.name}}}
{{^empty(pupil.group)}}
  {{{classLabel}}}      {{{pupil.group}}}
{{/empty(pupil.group)}}
  Tijdstip:   [tijdstip waarop de time-out inging]

Redenen

{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Dit is in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

Voor een time-out bestaat geen wettelijke regeling. De Inspectie van het
Onderwijs beschouwt een time-out als een schorsing; daarom behandelen wij hem
zorgvuldig, zoals een schorsing: u ontvangt deze brief met de redenen, zoals de wet dat bij een schorsing vraagt ({{{law.suspensionDecision}}}). Omdat de time-out niet langer dan de rest van de schooldag duurt, wordt hij niet aan de Inspectie gemeld.

Gesprek

Wij nodigen u en {{{pupil.firstName}}} uit voor een gesprek over wat er is gebeurd en over afspraken voor de komende tijd:

  Datum en tijd: [datum en tijd]
  Plaats:        {{{school.name}}}

{{#isOpenbaar}}
Bent u het niet eens met deze time-out, dan kunt u binnen zes weken,
gerekend vanaf de dag na die waarop deze brief bekend is gemaakt,
schriftelijk bezwaar maken bij {{{board.name}}} ({{{law.awbObjection}}}).

{{/isOpenbaar}}
{{#isBijzonder}}
Bent u het niet eens met deze time-out, dan kunt u een klacht indienen
volgens de klachtenregeling van de school ({{{law.complaints}}}).

{{/isBijzonder}}
Een kopie van deze brief wordt opgenomen in het leerlingdossier van
{{{pupil.name}}}.

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isPupil}}

"""#),
        ("templates/toegangsverbod.mustache", #"""
{{! title: Besluit toegangsverbod (ouder/verzorger) }}
{{^isParent}}
[Dit sjabloon is bedoeld voor een zaak over een ouder of verzorger. Kies
voor een leerling "Besluit tot schorsing", voor een medewerker "Schorsing
als ordemaatregel" of "Voornemen disciplinaire maatregel".]
{{/isParent}}
{{#isParent}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: besluit tot het ontzeggen van de toegang tot de school

{{{addressee.salutation}}},

Met deze brief delen wij u mee dat het bevoegd gezag van onze school heeft
besloten u de toegang tot de school te ontzeggen. In deze periode mag u
het schoolgebouw en het schoolplein niet betreden en bent u niet welkom
bij activiteiten van de school.

  Betreft:               {{{subject.name}}}
  Ouder/verzorger van:   {{{pupil.name}}}
{{#hasStep}}
  Datum van het besluit: {{{step.date}}}
{{^empty(step.start)}}
{{^empty(step.since)}}
  Verlenging van:        het toegangsverbod sinds {{{step.since}}}
{{/empty(step.since)}}
{{^step.startsByLetter}}
  Eerste dag:            {{{step.start}}}
{{/step.startsByLetter}}
{{#step.startsByLetter}}
  Eerste dag:            [{{{step.start}}} als het verbod u die dag mondeling is meegedeeld, anders de dag waarop deze brief u bereikt]
{{/step.startsByLetter}}
  Laatste dag:           {{{step.end}}}
{{/empty(step.start)}}
{{/hasStep}}
{{^hasStep}}
  Datum van het besluit: {{{today}}}
  Eerste dag:            [datum]
  Laatste dag:           [datum]
{{/hasStep}}

Redenen van het besluit

{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Dit is in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}
{{#hasStep}}
{{^empty(step.justification)}}

Wij hebben niet eerst een lichtere maatregel genomen, om de volgende reden:
{{{step.justification}}}
{{/empty(step.justification)}}
{{/hasStep}}

Wat dit besluit inhoudt

Dit besluit gaat alleen over u: {{{pupil.firstName}}} blijft gewoon naar school gaan. Over het brengen en halen en over het contact met de school in deze periode maken wij afspraken met u. Na de laatste dag bent u weer welkom op school.

Het bevoegd gezag neemt dit besluit op grond van het huisrecht van de
school. [Toets dit besluit aan de eigen regeling van het bestuur; casus
vond er geen wettelijke regeling voor.]
{{#isOpenbaar}}

Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de
dag waarop het bekend is gemaakt schriftelijk bezwaar maken bij
{{{board.name}}}. [Controleer of dit besluit bij uw openbare school een besluit in de zin van de Awb is; casus heeft dat niet geverifieerd.]
{{/isOpenbaar}}
{{#isBijzonder}}

Bent u het niet eens met dit besluit, dan kunt u een klacht indienen
volgens de klachtenregeling van de school.
{{/isBijzonder}}

Wij zijn graag bereid dit besluit met u te bespreken. Een kopie van deze
brief wordt opgenomen in het leerlingdossier van {{{pupil.name}}}.

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isParent}}

"""#),
        ("templates/uitnodiging-gesprek.mustache", #"""
{{! title: Uitnodiging voor een gesprek }}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: uitnodiging voor een gesprek

{{#isPupil}}
{{{addressee.salutation}}},

{{#toPupil}}Graag nodigen wij je uit voor een gesprek. Aanleiding is een melding die wij{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} ontvingen over jouw gedrag{{/toPupil}}{{^toPupil}}Graag nodigen wij u uit voor een gesprek over {{{pupil.firstName}}}. Aanleiding is een melding die wij{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} ontvingen over het gedrag van {{{pupil.firstName}}}{{/toPupil}}{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Het gaat om het volgende:
{{/isPupil}}
{{^isPupil}}
{{{addressee.salutation}}},

Graag nodigen wij u uit voor een gesprek. Aanleiding is een melding die wij{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} ontvingen over uw gedrag{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Het gaat om het volgende:
{{/isPupil}}

{{{case.facts}}}

{{^empty(articles)}}
Dit lijkt in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

{{/empty(articles)}}
{{#isPupil}}
{{#toPupil}}
In het gesprek willen wij met je bespreken wat er is gebeurd, hoe je daarnaar kijkt en welke afspraken wij maken om herhaling te voorkomen.
{{/toPupil}}
{{^toPupil}}
In het gesprek willen wij met u bespreken wat er is gebeurd, hoe u en {{{pupil.firstName}}} daarnaar kijken en welke afspraken wij maken om herhaling te voorkomen.
{{/toPupil}}
{{/isPupil}}
{{#isParent}}
In het gesprek willen wij met u bespreken wat er is gebeurd en hoe u
daarnaar kijkt, en afspraken maken over de manier waarop wij met elkaar
omgaan.
{{/isParent}}
{{#isStaff}}
In het gesprek krijgt u de gelegenheid uw kant van de zaak toe te lichten.
U kunt zich laten bijstaan door een vertrouwenspersoon of een raadsman,
bijvoorbeeld van uw vakbond.
{{/isStaff}}
{{#hasStep}}
Ook de genomen maatregel ({{{step.rung}}}) komt aan de orde.
{{/hasStep}}

  Datum en tijd: [datum en tijd]
  Plaats:        {{{school.name}}}{{^empty(school.town)}}, {{{school.town}}}{{/empty(school.town)}}
  Namens school: {{{director.name}}}, {{{director.role}}}

{{#toPupil}}
Kun je niet op dit tijdstip, neem dan contact met ons op, zodat wij een
andere afspraak kunnen maken.

Van het gesprek maken wij een verslag. Je ontvangt een kopie; het verslag wordt opgenomen in je leerlingdossier.
{{/toPupil}}
{{^toPupil}}
Kunt u niet op dit tijdstip, neem dan contact met ons op, zodat wij een
andere afspraak kunnen maken.

{{^isStaff}}
Van het gesprek maken wij een verslag. U ontvangt een kopie; het verslag wordt opgenomen in het leerlingdossier van {{{pupil.name}}}.
{{/isStaff}}
{{#isStaff}}
Van het gesprek maken wij een verslag. U ontvangt een kopie; het verslag wordt opgenomen in uw personeelsdossier.
{{/isStaff}}
{{/toPupil}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}

"""#),
        ("templates/uitnodiging-hoorgesprek.mustache", #"""
{{! title: Uitnodiging hoorgesprek (voornemen tot verwijdering) }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder. Kies
voor een medewerker het sjabloon "Voornemen disciplinaire maatregel".]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: uitnodiging hoorgesprek over {{{pupil.name}}}

{{{addressee.salutation}}},

{{#toPupil}}
Het bevoegd gezag van onze school overweegt je van school te verwijderen.
Er is nog geen besluit genomen. Voordat het bevoegd gezag een besluit
neemt, wil het jou horen. Dat schrijft de wet voor ({{{law.removalHearing}}}), en wij vinden het ook zelf belangrijk om jouw kant van de zaak te kennen.
{{/toPupil}}
{{^toPupil}}
Het bevoegd gezag van onze school overweegt {{{pupil.firstName}}} van school te verwijderen. Er is nog geen besluit genomen. Voordat het bevoegd gezag een besluit neemt, wil het u horen. Dat schrijft de wet voor ({{{law.parentsHeard}}}), en wij vinden het ook zelf belangrijk om uw kant van de zaak te kennen.
{{/toPupil}}

Aanleiding

{{#isParent}}
De aanleiding is het gedrag van {{{subject.name}}}{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Het gaat om het volgende:
{{/isParent}}
{{^isParent}}
De aanleiding is {{#toPupil}}jouw gedrag{{/toPupil}}{{^toPupil}}het gedrag van {{{pupil.firstName}}}{{/toPupil}}{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Het gaat om het volgende:
{{/isParent}}

{{{case.facts}}}

Dit is naar ons oordeel in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}
{{#hasStep}}

Eerder in deze zaak is al de volgende maatregel genomen: {{{step.rung}}} (besluit van {{{step.date}}}).
{{/hasStep}}

Het gesprek

Wij nodigen {{#toPupil}}je{{/toPupil}}{{^toPupil}}u{{/toPupil}} uit voor een hoorgesprek:

  Datum en tijd: [datum en tijd]
  Plaats:        {{{school.name}}}{{^empty(school.town)}}, {{{school.town}}}{{/empty(school.town)}}
  Namens school: {{{director.name}}}, {{{director.role}}}

{{#toPupil}}
In het gesprek kun je jouw kijk op de feiten en op een mogelijke
verwijdering naar voren brengen. Je mag iemand meenemen om je bij te staan,
bijvoorbeeld een vertrouwenspersoon of een advocaat. Wil je ons vooraf laten
weten wie je meeneemt?
{{/toPupil}}
{{^toPupil}}
In het gesprek kunt u uw kijk op de feiten en op een mogelijke verwijdering
naar voren brengen. U mag iemand meenemen om u bij te staan, bijvoorbeeld
een vertrouwenspersoon of een advocaat. Wilt u ons vooraf laten weten wie
u meeneemt?
{{/toPupil}}
{{^isVO}}

Ook de groepsleerkracht van {{{pupil.firstName}}} wordt gehoord, zoals de wet voorschrijft.
{{/isVO}}
{{#isVO}}
{{^toPupil}}

Ook {{{pupil.firstName}}} zelf krijgt de gelegenheid te worden gehoord; {{{pupil.firstName}}} ontvangt daarvoor een eigen uitnodiging.
{{/toPupil}}
{{/isVO}}

{{#toPupil}}
Je kunt het dossier van deze zaak vóór het gesprek op school inzien. Neem daarvoor contact met ons op. Van het gesprek maken wij een verslag; je ontvangt een kopie en kunt daarop reageren. Het verslag wordt opgenomen in je leerlingdossier.

Kun je niet op het genoemde tijdstip, neem dan zo snel mogelijk contact
met ons op, zodat wij een andere afspraak kunnen maken.

Na het horen beslist het bevoegd gezag.
Als het besluit tot verwijdering wordt genomen, ontvang je dat schriftelijk,
met de redenen en met uitleg over de mogelijkheid van bezwaar.
{{/toPupil}}
{{^toPupil}}
U kunt het dossier van deze zaak vóór het gesprek op school inzien. Neem daarvoor contact met ons op. Van het gesprek maken wij een verslag; u ontvangt een kopie en kunt daarop reageren. Het verslag wordt opgenomen in het leerlingdossier van {{{pupil.name}}}.

Kunt u niet op het genoemde tijdstip, neem dan zo snel mogelijk contact
met ons op, zodat wij een andere afspraak kunnen maken.

Na het horen beslist het bevoegd gezag.
Als het besluit tot verwijdering wordt genomen, ontvangt u dat schriftelijk,
met de redenen en met uitleg over de mogelijkheid van bezwaar.
{{/toPupil}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/uitnodiging-hoorzitting-bezwaar.mustache", #"""
{{! title: Uitnodiging hoorzitting over het bezwaar }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder.]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: hoorzitting over {{#toPupil}}je{{/toPupil}}{{^toPupil}}uw{{/toPupil}} bezwaar tegen de {{#objection.aboutRemoval}}verwijdering{{/objection.aboutRemoval}}{{^objection.aboutRemoval}}schorsing{{/objection.aboutRemoval}} van {{{pupil.name}}}

{{{addressee.salutation}}},

{{#toPupil}}
Op {{{objection.received}}} ontvingen wij je bezwaar tegen ons besluit van {{{objection.decided}}} om je {{#objection.aboutRemoval}}van school te verwijderen{{/objection.aboutRemoval}}{{^objection.aboutRemoval}}te schorsen{{/objection.aboutRemoval}}. Voordat wij op het bezwaar beslissen, willen wij je horen ({{{law.objectionHearing}}}). Daarvoor nodigen wij je uit:
{{/toPupil}}
{{^toPupil}}
Op {{{objection.received}}} ontvingen wij uw bezwaar tegen ons besluit van {{{objection.decided}}} om {{{pupil.firstName}}} {{#objection.aboutRemoval}}van school te verwijderen{{/objection.aboutRemoval}}{{^objection.aboutRemoval}}te schorsen{{/objection.aboutRemoval}}. Voordat wij op het bezwaar beslissen, willen wij u horen ({{{law.objectionHearing}}}). Daarvoor nodigen wij u uit:
{{/toPupil}}

  Datum en tijd: [datum en tijd van de hoorzitting]
  Plaats:        {{{school.name}}}{{^empty(school.town)}}, {{{school.town}}}{{/empty(school.town)}}
  Wie hoort:     [namen en functies]
{{#isOpenbaar}}

Het horen gebeurt door het bevoegd gezag zelf of door wie niet bij de voorbereiding van het besluit betrokken was ({{{law.hearingBy}}}).

De stukken

{{#toPupil}}
Het bezwaarschrift en alle andere stukken over de zaak liggen vanaf [datum, ten minste een week vóór de hoorzitting] voor je ter inzage op [plaats en tijden]. Je kunt er tegen ten hoogste de kosten afschriften van krijgen. Tot tien dagen vóór de hoorzitting kun je nog stukken indienen ({{{law.objectionDocuments}}}).
{{/toPupil}}
{{^toPupil}}
Het bezwaarschrift en alle andere stukken over de zaak liggen vanaf [datum, ten minste een week vóór de hoorzitting] voor u ter inzage op [plaats en tijden]. U kunt er tegen ten hoogste de kosten afschriften van krijgen. Tot tien dagen vóór de hoorzitting kunt u nog stukken indienen ({{{law.objectionDocuments}}}).
{{/toPupil}}
{{/isOpenbaar}}

{{#toPupil}}
Kun je niet op dit tijdstip, neem dan zo snel mogelijk contact met ons op,
zodat wij een andere afspraak kunnen maken. Je mag iemand meenemen om je
bij te staan. Wil je niet gehoord worden, laat het ons dan weten.

Van de hoorzitting maken wij een verslag; je ontvangt een kopie. Het verslag
wordt opgenomen in je leerlingdossier. Daarna beslissen wij op je bezwaar.
{{/toPupil}}
{{^toPupil}}
Kunt u niet op dit tijdstip, neem dan zo snel mogelijk contact met ons op,
zodat wij een andere afspraak kunnen maken. U mag iemand meenemen om u bij
te staan. Wilt u niet gehoord worden, laat het ons dan weten.

Van de hoorzitting maken wij een verslag; u ontvangt een kopie. Het verslag wordt opgenomen in het leerlingdossier van {{{pupil.name}}}. Daarna beslissen wij op uw bezwaar.
{{/toPupil}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/verwijderingsbesluit.mustache", #"""
{{! title: Besluit tot verwijdering }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder. Kies
voor een medewerker het sjabloon "Voornemen disciplinaire maatregel" of
"Ontslag op staande voet".]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: besluit tot verwijdering van {{{pupil.name}}}

{{{addressee.salutation}}},

{{#isVO}}
{{^ageKnown}}
[geboortedatum van {{{pupil.firstName}}} ontbreekt: leg die vast met casus people edit {{{pupil.id}}} --born JJJJ-MM-DD; de leeftijd beslist wie dit besluit krijgt]
{{/ageKnown}}
{{/isVO}}
{{#toPupil}}
Met deze brief laten wij je weten dat het bevoegd gezag van onze school heeft
besloten je van school te verwijderen ({{{law.removalDecision}}}).
{{#parentsToo}}
Dit besluit gaat naar jou en, omdat je jonger bent dan 21 jaar, ook naar je
ouders/verzorgers.
{{/parentsToo}}
{{^parentsToo}}
Omdat je 21 jaar of ouder bent, gaat dit besluit alleen naar jou.
{{/parentsToo}}
{{/toPupil}}
{{^toPupil}}
Met deze brief delen wij u mee dat het bevoegd gezag van onze school heeft
besloten {{{pupil.firstName}}} van school te verwijderen ({{{law.removalDecision}}}).
{{#parentsToo}}
Dit besluit gaat naar {{{pupil.firstName}}} en, omdat {{{pupil.firstName}}} jonger is dan 21 jaar, ook naar u.
{{/parentsToo}}
{{/toPupil}}

  Leerling:              {{{pupil.name}}}
{{^empty(pupil.group)}}
  {{{classLabel}}}                 {{{pupil.group}}}
{{/empty(pupil.group)}}
{{#hasStep}}
  Datum van het besluit: {{{step.date}}}
{{/hasStep}}
{{^hasStep}}
  Datum van het besluit: {{{today}}}
{{/hasStep}}

Redenen van het besluit

{{#isParent}}
Dit besluit is genomen vanwege het gedrag van {{{subject.name}}}, niet vanwege {{#toPupil}}jouw gedrag{{/toPupil}}{{^toPupil}}het gedrag van {{{pupil.firstName}}}{{/toPupil}}. Het gaat om het volgende:

{{/isParent}}
{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Dit is in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}
{{#hasStep}}
{{^empty(step.justification)}}

Wij hebben niet eerst een lichtere maatregel genomen, om de volgende reden:
{{{step.justification}}}
{{/empty(step.justification)}}
{{/hasStep}}

{{#isVO}}
{{#toPupil}}
Voordat dit besluit werd genomen, {{#pupilIsAdult}}ben je{{/pupilIsAdult}}{{^pupilIsAdult}}zijn jij en je ouders/verzorgers{{/pupilIsAdult}} in de gelegenheid gesteld te worden gehoord ({{{law.removalHearing}}}).{{^empty(heard.pupil)}} Je bent gehoord op {{{heard.pupil}}}.{{/empty(heard.pupil)}}{{^empty(declined.pupil)}} Je hebt die gelegenheid niet benut ({{{declined.pupil}}}).{{/empty(declined.pupil)}}{{^empty(heard.parents)}} Je ouders/verzorgers zijn gehoord op {{{heard.parents}}}.{{/empty(heard.parents)}}{{^empty(declined.parents)}} Je ouders/verzorgers hebben die gelegenheid niet benut ({{{declined.parents}}}).{{/empty(declined.parents)}} {{{hearing.records}}} opgenomen in je leerlingdossier.
{{/toPupil}}
{{^toPupil}}
Voordat dit besluit werd genomen, {{#pupilIsAdult}}is {{{pupil.firstName}}}{{/pupilIsAdult}}{{^pupilIsAdult}}zijn {{{pupil.firstName}}} en u{{/pupilIsAdult}} in de gelegenheid gesteld te worden gehoord ({{{law.removalHearing}}}).{{^empty(heard.pupil)}} {{{pupil.firstName}}} is gehoord op {{{heard.pupil}}}.{{/empty(heard.pupil)}}{{^empty(declined.pupil)}} {{{pupil.firstName}}} heeft die gelegenheid niet benut ({{{declined.pupil}}}).{{/empty(declined.pupil)}}{{^empty(heard.parents)}}{{^householdApart}} U bent gehoord op {{{heard.parents}}}.{{/householdApart}}{{#householdApart}} Gehoord op {{{heard.parents}}}: [welke ouder of ouders; is de andere ouder uitgenodigd?].{{/householdApart}}{{/empty(heard.parents)}}{{^empty(declined.parents)}}{{^householdApart}} U heeft die gelegenheid niet benut ({{{declined.parents}}}).{{/householdApart}}{{#householdApart}} Die gelegenheid niet benut ({{{declined.parents}}}): [welke ouder of ouders].{{/householdApart}}{{/empty(declined.parents)}} {{{hearing.records}}} opgenomen in het leerlingdossier.
{{/toPupil}}
{{/isVO}}
{{^isVO}}
{{#empty(declined.parents)}}
Voordat dit besluit werd genomen, zijn {{#isSO}}de betrokken leraar of leraren{{/isSO}}{{^isSO}}de groepsleerkracht{{/isSO}} van {{{pupil.firstName}}} en {{^householdApart}}u{{/householdApart}}{{#householdApart}}[welke ouder of ouders; is de andere ouder uitgenodigd?]{{/householdApart}} gehoord ({{{law.removalHearing}}}).{{^empty(heard.teacher)}} {{#isSO}}De betrokken leraar of leraren zijn{{/isSO}}{{^isSO}}De groepsleerkracht is{{/isSO}} gehoord op {{{heard.teacher}}}.{{/empty(heard.teacher)}}{{^empty(heard.parents)}}{{^householdApart}} U bent gehoord op {{{heard.parents}}}.{{/householdApart}}{{#householdApart}} De ouder of ouders zijn gehoord op {{{heard.parents}}}.{{/householdApart}}{{/empty(heard.parents)}} De verslagen van die gesprekken zijn opgenomen in het leerlingdossier.
{{/empty(declined.parents)}}
{{^empty(declined.parents)}}
Voordat dit besluit werd genomen, {{#isSO}}zijn de betrokken leraar of leraren{{/isSO}}{{^isSO}}is de groepsleerkracht{{/isSO}} van {{{pupil.firstName}}} gehoord{{^empty(heard.teacher)}} op {{{heard.teacher}}}{{/empty(heard.teacher)}} en bent u in de gelegenheid gesteld uw zienswijze te geven ({{{law.removalHearing}}}). {{^householdApart}}U heeft die gelegenheid niet benut{{/householdApart}}{{#householdApart}}Die gelegenheid is niet benut door [welke ouder of ouders]{{/householdApart}} ({{{declined.parents}}}). Het verslag van het gesprek met {{#isSO}}de betrokken leraar of leraren{{/isSO}}{{^isSO}}de groepsleerkracht{{/isSO}} en de aantekening daarover zijn opgenomen in het leerlingdossier.
{{/empty(declined.parents)}}
{{/isVO}}
{{#hearing.addresseeHeard}}
{{^householdApart}}
[Wat {{#toPupil}}jij{{/toPupil}}{{^toPupil}}u{{/toPupil}} in het hoorgesprek naar voren bracht en waarom dat niet tot een ander besluit heeft geleid.]
{{/householdApart}}
{{#householdApart}}
[Wat de ouder of ouders die gehoord zijn naar voren brachten en waarom dat niet tot een ander besluit heeft
geleid; is deze ouder niet gehoord, schrijf dan alleen dat hij of zij is uitgenodigd.]
{{/householdApart}}
{{/hearing.addresseeHeard}}

{{^pupilIsAdult}}
Zoeken naar een andere school

{{#toPupil}}
De verwijdering is pas definitief als het bevoegd gezag ervoor heeft gezorgd dat een andere school bereid is je toe te laten ({{{law.zorgplicht}}}). Het bevoegd gezag zoekt actief naar zo'n school. Tot de verwijdering definitief is, blijf je bij ons ingeschreven. [Afspraken over je onderwijs in de tussentijd.]
{{/toPupil}}
{{^toPupil}}
De verwijdering is pas definitief als het bevoegd gezag ervoor heeft gezorgd dat een andere school bereid is {{{pupil.firstName}}} toe te laten ({{{law.zorgplicht}}}). Het bevoegd gezag zoekt actief naar zo'n school. Tot de verwijdering definitief is, blijft {{{pupil.firstName}}} bij ons ingeschreven. [Afspraken over het onderwijs aan {{{pupil.firstName}}} in de tussentijd.]
{{/toPupil}}

Melding

De directeur van de school meldt dit besluit terstond aan burgemeester en
wethouders van de gemeente waar {{#toPupil}}je woont{{/toPupil}}{{^toPupil}}{{{pupil.firstName}}} woont{{/toPupil}} (de leerplichtambtenaar), zolang de leerplicht of de kwalificatieplicht voor {{#toPupil}}jou{{/toPupil}}{{^toPupil}}uw kind{{/toPupil}} geldt ({{{law.leerplicht}}}).
{{#isVO}}
Vóór de definitieve verwijdering overlegt het bevoegd gezag met de Inspectie
van het Onderwijs ({{{law.inspectieConsult}}}), en de definitieve verwijdering meldt het schriftelijk en met redenen aan de Inspectie ({{{law.inspectieFinal}}}).
{{/isVO}}
{{^isVO}}
Ook de Inspectie van het Onderwijs wordt over het besluit geïnformeerd.
{{/isVO}}

{{/pupilIsAdult}}
{{#pupilIsAdult}}
Wanneer de verwijdering ingaat

Omdat {{#toPupil}}je{{/toPupil}}{{^toPupil}}{{{pupil.firstName}}}{{/toPupil}} 18 jaar of ouder {{#toPupil}}bent, geldt de Leerplichtwet niet meer voor je{{/toPupil}}{{^toPupil}}is, geldt de Leerplichtwet niet meer voor {{{pupil.firstName}}}{{/toPupil}}. De verwijdering wacht daarom niet tot een andere school bereid is {{#toPupil}}je{{/toPupil}}{{^toPupil}}{{{pupil.firstName}}}{{/toPupil}} toe te laten: zij gaat in zodra dit besluit bekend is gemaakt ({{{law.madeKnown}}}).
{{#pupilUnder23}}

Melding

{{#toPupil}}Heb je{{/toPupil}}{{^toPupil}}Heeft {{{pupil.firstName}}}{{/toPupil}} nog geen diploma vwo, havo of mbo (niveau 2 of hoger), dan geeft het bevoegd gezag de verwijdering onverwijld op aan burgemeester en wethouders van de gemeente waar {{#toPupil}}je woont{{/toPupil}}{{^toPupil}}{{{pupil.firstName}}} woont{{/toPupil}}, zodat de gemeente {{#toPupil}}je{{/toPupil}}{{^toPupil}}{{{pupil.firstName}}}{{/toPupil}} kan helpen een opleiding of werk te vinden ({{{law.rmc}}}).
{{/pupilUnder23}}
{{#isVO}}
De verwijdering meldt het bevoegd gezag schriftelijk en met redenen aan de
Inspectie van het Onderwijs ({{{law.inspectieFinal}}}).
{{/isVO}}
{{^isVO}}
Ook de Inspectie van het Onderwijs wordt over het besluit geïnformeerd.
{{/isVO}}

{{/pupilIsAdult}}
Bezwaar

{{#toPupil}}{{#pupilIsAdult}}Ben je het niet eens met dit besluit, dan kun je{{/pupilIsAdult}}{{^pupilIsAdult}}Als jij of je ouders/verzorgers het niet eens zijn met dit besluit, kunnen jullie{{/pupilIsAdult}}{{/toPupil}}{{^toPupil}}Bent u het niet eens met dit besluit, dan kunt u{{/toPupil}} binnen zes weken{{#isOpenbaar}}, gerekend vanaf de dag na die waarop dit besluit bekend is gemaakt, dus uiterlijk op {{{deadlines.objection}}}, schriftelijk bezwaar maken bij het bevoegd gezag ({{{law.objectionWindow}}}).{{/isOpenbaar}}{{#isBijzonder}} na deze mededeling, dus uiterlijk op {{{deadlines.objection}}}, schriftelijk de bezwaren kenbaar maken bij het bevoegd gezag ({{{law.objectionWindow}}}).{{/isBijzonder}}

Stuur het bezwaarschrift aan:

  {{{board.name}}}
{{^empty(board.address)}}
{{{board.addressBlock}}}
{{/empty(board.address)}}
{{#empty(board.address)}}
  p/a {{{school.name}}}
{{^empty(school.town)}}
  {{{school.town}}}
{{/empty(school.town)}}
{{/empty(board.address)}}

Vermeld in het bezwaarschrift de naam en het adres van wie bezwaar maakt, de
datum, het kenmerk van deze brief (zaak {{{case.number}}}) en waarom het besluit niet juist is, en onderteken het.
{{#isBijzonder}}
{{^isVO}}
Het bevoegd gezag hoort u over het bezwaar en beslist binnen vier weken na ontvangst van het bezwaarschrift ({{{law.objectionDecision}}}).
{{/isVO}}
{{#isVO}}
Het bevoegd gezag geeft de gelegenheid het bezwaar mondeling toe te lichten en beslist binnen vier weken na ontvangst van het bezwaarschrift ({{{law.objectionDecision}}}).
{{/isVO}}
{{/isBijzonder}}
{{#isOpenbaar}}
{{^isVO}}
Het bevoegd gezag geeft de gelegenheid het bezwaar mondeling toe te lichten en beslist binnen vier weken na afloop van de bezwaartermijn ({{{law.objectionDecision}}}).
{{/isVO}}
{{#isVO}}
Het bevoegd gezag geeft de gelegenheid het bezwaar mondeling toe te lichten en beslist binnen vier weken na ontvangst van het bezwaarschrift ({{{law.objectionDecision}}}).
{{/isVO}}
{{/isOpenbaar}}
{{#isSO}}
Voordat het op het bezwaar beslist, overlegt het bevoegd gezag met de
inspecteur{{#isBijzonder}}, kunt u kennisnemen van de adviezen en rapporten die op de beslissing betrekking hebben, en wordt u opnieuw gehoord{{/isBijzonder}} ({{{law.objectionConsult}}}).
{{/isSO}}
Het maken van bezwaar schort het besluit niet op.

Het geschil kan ook worden voorgelegd aan de Geschillencommissie passend
onderwijs (www.onderwijsgeschillen.nl; volgens de commissie binnen zes
weken). Zolang de commissie het geschil behandelt, beslist het bevoegd
gezag niet op het bezwaar; de termijn daarvoor is dan opgeschort
({{{law.dispute}}}).

{{#isOpenbaar}}
Blijft het bevoegd gezag na het bezwaar bij de verwijdering, dan kan de zaak worden voorgelegd aan de bestuursrechter (Awb art. 8:1).
{{/isOpenbaar}}
{{#isBijzonder}}
Blijft het bevoegd gezag na het bezwaar bij de verwijdering, dan kan de zaak worden voorgelegd aan de civiele rechter.
{{/isBijzonder}}

{{#toPupil}}
Wij zijn graag bereid dit besluit met je te bespreken. Je kunt daarvoor contact met ons opnemen. Een kopie van deze brief wordt opgenomen in je leerlingdossier.
{{/toPupil}}
{{^toPupil}}
Wij zijn graag bereid dit besluit met u te bespreken. U kunt daarvoor contact met ons opnemen. Een kopie van deze brief wordt opgenomen in het leerlingdossier van {{{pupil.name}}}.
{{/toPupil}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/voornemen-maatregel.mustache", #"""
{{! title: Voornemen disciplinaire maatregel (aangetekend) }}
{{^isEmployee}}
[Dit sjabloon is bedoeld voor een zaak over een medewerker in dienst van de
school. Kies voor een leerling of ouder bijvoorbeeld "Schriftelijke
waarschuwing" of "Besluit tot schorsing"; een stagiair of vrijwilliger heeft
geen arbeidsovereenkomst, cao of salaris: leg afspraken met hen vast in een
notitie of een uitnodiging voor een gesprek.]
{{/isEmployee}}
{{#isEmployee}}
{{{school.name}}}

AANGETEKEND

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: voornemen tot het opleggen van een disciplinaire maatregel

{{{addressee.salutation}}},

Met deze brief delen wij u mee dat het bevoegd gezag van onze school het
voornemen heeft u wegens plichtsverzuim een disciplinaire maatregel op te
leggen ({{{law.cao}}}).

  Medewerker:            {{{subject.name}}}
{{^empty(subject.function)}}
  Functie:               {{{subject.function}}}
{{/empty(subject.function)}}
{{#hasStep}}
  Voorgenomen maatregel: {{{step.rung}}}
{{#step.isStaffSuspension}}
  Duur:                  [de schorsing: van … tot en met …]
  Salaris:               [met of zonder salaris; grondslag in de cao]
{{/step.isStaffSuspension}}
{{^empty(step.days)}}
  Duur:                  {{{step.days}}} dagen
{{/empty(step.days)}}
{{^empty(step.start)}}
  Van:                   {{{step.start}}}
  Tot en met:            {{{step.end}}}
{{/empty(step.start)}}
{{/hasStep}}
{{^hasStep}}
  Voorgenomen maatregel: [schriftelijke berisping of schorsing]
{{/hasStep}}

De feiten

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over uw gedrag{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Uit ons onderzoek komt het volgende naar voren; u kunt daarop reageren:

{{{case.facts}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Plichtsverzuim

Het bevoegd gezag is voornemens vast te stellen dat u met dit gedrag heeft gehandeld in strijd met de volgende artikelen van ons protocol, het {{{protocol.document}}}:
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

Onder plichtsverzuim valt zowel het overtreden van een voorschrift als het
doen of nalaten van iets wat een goed werknemer in gelijke omstandigheden
behoort na te laten of te doen. Het bevoegd gezag is voornemens uw gedrag
aan te merken als plichtsverzuim, en beslist pas nadat u uw zienswijze heeft
kunnen geven.
{{#hasStep}}
{{^empty(step.justification)}}

Het bevoegd gezag kiest voor deze maatregel en niet voor een lichtere, om
de volgende reden:
{{{step.justification}}}
{{/empty(step.justification)}}
{{/hasStep}}

Uw zienswijze

Voordat het bevoegd gezag een besluit neemt, krijgt u de gelegenheid uw zienswijze op dit voornemen te geven. Dat kan schriftelijk of mondeling, {{^empty(deadlines.respond)}}uiterlijk op {{{deadlines.respond}}}.{{/empty(deadlines.respond)}}{{#empty(deadlines.respond)}}binnen tien werkdagen na dagtekening van deze brief.{{/empty(deadlines.respond)}} Wilt u mondeling worden gehoord, neem dan binnen die termijn contact met ons op voor een afspraak. U kunt zich laten bijstaan door een raadsman, bijvoorbeeld van uw vakbond.

Geeft u binnen deze termijn geen zienswijze, dan neemt het bevoegd gezag
een besluit op grond van de gegevens die het nu heeft. Het besluit ontvangt
u schriftelijk.

Deze brief wordt aangetekend verzonden en opgenomen in uw
personeelsdossier.

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isEmployee}}

"""#),
        ("templates/waarschuwing.mustache", #"""
{{! title: Schriftelijke waarschuwing }}
{{{school.name}}}

{{{addressee.block}}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: schriftelijke waarschuwing

{{#isPupil}}
{{{addressee.salutation}}},

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over {{#toPupil}}jouw gedrag{{/toPupil}}{{^toPupil}}het gedrag van {{{pupil.firstName}}}{{/toPupil}}{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Het gaat om het volgende:
{{/isPupil}}
{{^isPupil}}
{{{addressee.salutation}}},

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over uw gedrag{{^empty(incident.where)}} {{{incident.where}}}{{/empty(incident.where)}}. Het gaat om het volgende:
{{/isPupil}}

{{{case.facts}}}

{{#isStaff}}
{{#unheard}}
U bent hierover nog niet gehoord. Klopt wat de melding beschrijft, dan is dat in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{/unheard}}
{{^unheard}}
Dit is in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{/unheard}}
{{/isStaff}}
{{^isStaff}}
Dit is in strijd met de volgende afspraken uit ons protocol, het {{{protocol.document}}}:
{{/isStaff}}
{{#articles}}

{{{heading}}}
"{{{text}}}"
{{/articles}}

{{#isPupil}}
{{#toPupil}}
Wij vinden dit gedrag niet acceptabel. Daarom geven wij je hierbij een schriftelijke waarschuwing.
{{/toPupil}}
{{^toPupil}}
Wij vinden dit gedrag niet acceptabel. Daarom geven wij {{{pupil.firstName}}} hierbij een schriftelijke waarschuwing. Wij vragen u het voorval thuis met {{{pupil.firstName}}} te bespreken.
{{/toPupil}}
{{/isPupil}}
{{#isParent}}
Wij vinden dit gedrag niet acceptabel. Wij verwachten van ouders en
verzorgers dat zij zich aan de afspraken van ons protocol houden, juist ook
omdat kinderen het voorbeeld van volwassenen volgen. Daarom geven wij u
hierbij een schriftelijke waarschuwing.
{{/isParent}}
{{#isStaff}}
{{#unheard}}
Zulk gedrag past niet bij uw functie op onze school. Daarom geven wij u
hierbij een schriftelijke waarschuwing, onder voorbehoud van wat u ons over
het voorval vertelt: wij nodigen u uit voor een gesprek, waarin u uw kant van
de zaak kunt toelichten. Blijkt daaruit dat de melding niet klopt, dan trekken
wij deze waarschuwing in.
{{/unheard}}
{{^unheard}}
Wij vinden dit gedrag niet passend bij uw functie op onze school. Daarom
geven wij u hierbij een schriftelijke waarschuwing.
{{/unheard}}
{{#isEmployee}}
Deze waarschuwing is geen disciplinaire maatregel in de zin van de cao ({{{law.cao}}}); zij legt vast welk gedrag wij van u verwachten.
{{/isEmployee}}
{{^isEmployee}}
Deze waarschuwing legt vast welk gedrag wij van u verwachten.
{{/isEmployee}}
{{/isStaff}}
{{#hasStep}}
{{^empty(step.reason)}}

Toelichting: {{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}
{{#consequences.any}}

{{#isPupil}}
{{#toPupil}}Houd je je{{/toPupil}}{{^toPupil}}Houdt {{{pupil.firstName}}} zich{{/toPupil}} opnieuw niet aan deze afspraken, dan kan dat leiden tot {{{consequences.text}}}.
{{/isPupil}}
{{^isPupil}}
{{#unheard}}
Blijkt de melding te kloppen en houdt u zich daarna niet aan deze afspraken, dan kan dat leiden tot {{{consequences.text}}}.
{{/unheard}}
{{^unheard}}
Houdt u zich opnieuw niet aan deze afspraken, dan kan dat leiden tot {{{consequences.text}}}.
{{/unheard}}
{{/isPupil}}
{{/consequences.any}}

{{^isStaff}}
{{#toPupil}}
Wij gaan hierover graag met je in gesprek. Je kunt daarvoor contact opnemen met de school. Een kopie van deze brief wordt opgenomen in je leerlingdossier.
{{/toPupil}}
{{^toPupil}}
Wij gaan hierover graag met u in gesprek. U kunt daarvoor contact opnemen met de school. Een kopie van deze brief wordt opgenomen in het leerlingdossier van {{{pupil.firstName}}}.
{{/toPupil}}
{{/isStaff}}
{{#isStaff}}
{{#hasStep}}
{{^empty(step.heard)}}
Wij hebben dit op {{{step.heard}}} met u besproken; het verslag van dat gesprek is opgenomen in uw personeelsdossier, net als een kopie van deze brief.
{{/empty(step.heard)}}
{{#empty(step.heard)}}
{{#unheard}}
Een kopie van deze brief wordt opgenomen in uw personeelsdossier.
{{/unheard}}
{{^unheard}}
Wij hebben dit met u besproken; het verslag van dat gesprek is opgenomen in uw personeelsdossier, net als een kopie van deze brief.
{{/unheard}}
{{/empty(step.heard)}}
{{/hasStep}}
{{^hasStep}}
Wij gaan hierover graag met u in gesprek; u kunt daarvoor een afspraak met ons maken. Een kopie van deze brief wordt opgenomen in uw personeelsdossier.
{{/hasStep}}
{{/isStaff}}

Met vriendelijke groet,
{{{signature.onBehalf}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}

"""#),
    ]
}
