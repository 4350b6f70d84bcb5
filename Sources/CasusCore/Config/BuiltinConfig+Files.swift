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
# prompt, picker, editor, preview, name-filter. Key names: j, G, Enter, Esc, Tab, Shift-Tab, Space, Ctrl-R, F1..F12,
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
  - id: A.5                     # as numbered in the document: A.5, 3A.1, 4 ...; unique
    section: A. Voor alle gebruikers    # optional: the heading it stands under
    title: Opnamen alleen met toestemming   # short Dutch title (≤ 48 characters)
    text: >-                    # quoted: the article's full text, as in the document
      Het is niet toegestaan om foto-, film- en geluidsopnamen ...
    applies_to: [pupil, parent, staff]   # who it binds: pupil, parent, staff (≥ 1)
    severity: medium            # default severity of a breach: light, medium, severe
    platforms: [whatsapp]       # optional: platforms the rule names

ladders:                        # the sanction ladder per subject kind, in the document's order
  default: false                # true: the document has no sanctions section and the
                                # default ladders below are used (then omit pupil/parent/staff)
  source: >-                    # quoted: the sentence(s) that list the sanctions
    ... variëren van waarschuwing, schorsing en verwijdering van school.
  pupil:  [warning, suspension, removal]
  parent: [warning, suspension, removal]
  staff:  [warning, suspension, reprimand, dismissal, summary-dismissal]

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
      action: Extern persoon uitnodigen voor een informatiebijeenkomst
```

## Rung ids

| subject | rungs (stable ids) |
|---|---|
| pupil, parent | `warning`, `device-custody`, `ict-ban`, `contract`, `suspension`, `removal` |
| staff | `warning`, `reprimand`, `suspension`, `dismissal`, `summary-dismissal` |

A ladder lists rungs in the document's order. Where that order differs from the law (the CAO PO
ranks a written reprimand below a suspension), casus follows the law and `casus protocol show ID`
lists the difference. Obligation ids an offence step may name: `inform-parents`.

## Default ladders

Used when `ladders.default` is true:

- pupil and parent: `warning`, `suspension`, `removal`
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

  - id: I.2
    section: Afspraken voor leerlingen – Internet
    title: Buiten schooltijd alleen met toestemming
    text: >-
      Buiten schooltijd zijn de computers toegankelijk met toestemming van personeel.
    applies_to: [pupil]
    severity: light

  - id: I.3
    section: Afspraken voor leerlingen – Internet
    title: Niet zoeken op grove of seksuele woorden
    text: >-
      Bij surfen op internet wordt niet bewust gezocht op zoekwoorden die te maken hebben met grof
      taalgebruik, agressie, seks, discriminatie.
    applies_to: [pupil]
    severity: medium

  - id: I.4
    section: Afspraken voor leerlingen – Internet
    title: Printen alleen met toestemming
    text: >-
      Leerlingen mogen printen wat noodzakelijk is en met toestemming van het personeel.
    applies_to: [pupil]
    severity: light

  - id: I.5
    section: Afspraken voor leerlingen – Internet
    title: Downloaden alleen met toestemming
    text: >-
      Leerlingen mogen downloaden wat noodzakelijk is en met toestemming van het personeel.
    applies_to: [pupil]
    severity: light

  - id: I.6
    section: Afspraken voor leerlingen – Internet
    title: Inlogsites alleen met toestemming
    text: >-
      Leerlingen bezoeken websites waarvoor ingelogd moet worden alleen met toestemming van het
      personeel.
    applies_to: [pupil]
    severity: light

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

  - id: I.8
    section: Afspraken voor leerlingen – Internet
    title: Nare informatie direct melden
    text: >-
      Leerlingen worden geacht meteen een personeelslid in te lichten als ze informatie tegenkomen
      waardoor ze zich niet prettig voelen of waarvan ze weten dat dat niet hoort. Leerlingen
      worden ook geacht personeel hierover in te lichten
    applies_to: [pupil]
    severity: light

  - id: E.1
    section: Afspraken voor leerlingen – E-mail
    title: E-mailadres van school na akkoord ouders
    text: >-
      Leerlingen krijgen een e-mailadres van de school. Voordat een e-mailadres voor de leerlingen
      in gebruik wordt gegeven, wordt de ouders/verzorgers gevraagd akkoord te gaan met het
      aanmaken van een mailbox met bijbehorend emailadres.
    applies_to: [pupil]
    severity: light

  - id: E.2
    section: Afspraken voor leerlingen – E-mail
    title: Alleen e-mail over onderwijs of school
    text: >-
      Het is alleen toegestaan e-mailberichten te sturen die verband houden met het onderwijs of de
      school.
    applies_to: [pupil]
    severity: light

  - id: E.3
    section: Afspraken voor leerlingen – E-mail
    title: Geen e-mail die niet hoort
    text: >-
      Iedereen wordt geacht nooit e-mail op te stellen, te verzenden of te beantwoorden waarbij men
      zich niet prettig voelt of waar dingen in staan waarvan men weet dat dat niet hoort.
    applies_to: [pupil]
    severity: medium

  - id: E.4
    section: Afspraken voor leerlingen – E-mail
    title: Geen persoonlijke info of foto's mailen
    text: >-
      Het is niet toegestaan om via e-mail persoonlijke informatie en/of foto's van zichzelf of van
      anderen te versturen zonder toestemming van de leraar.
    applies_to: [pupil]
    severity: medium

  - id: E.5
    section: Afspraken voor leerlingen – E-mail
    title: Alleen downloaden wat echt nodig is
    text: >-
      Leerlingen mogen slechts downloaden wat echt noodzakelijk is en slechts met toestemming van
      het personeel.
    applies_to: [pupil]
    severity: light

  - id: G.1
    section: Afspraken gebruikers
    title: Sociale media in de les met toestemming
    text: >-
      Leerlingen en medewerkers (klas-gerelateerd) is toegestaan om tijdens de lessen actief te
      zijn op sociale media met toestemming van de leerkracht.
    applies_to: [pupil, staff]
    severity: light

  - id: G.2
    section: Afspraken gebruikers
    title: Delen mag, mits niet vertrouwelijk of schadelijk
    text: >-
      Het is toegestaan om kennis en informatie over school, medewerkers en leerlingen te delen ,
      mits dit geen vertrouwelijke of persoonlijke informatie betreft en andere betrokkenen niet
      schaadt.
    applies_to: [pupil, parent, staff]
    severity: medium

  - id: G.3
    section: Afspraken gebruikers
    title: Persoonlijk verantwoordelijk voor inhoud
    text: >-
      De betrokkene is persoonlijk verantwoordelijk voor de inhoud welke hij of zij publiceert op
      de sociale media.
    applies_to: [pupil, parent, staff]
    severity: light

  - id: G.4
    section: Afspraken gebruikers
    title: Gepubliceerde teksten blijven openbaar
    text: >-
      Elke betrokkene dient zich ervan bewust te zijn dat de gepubliceerde teksten en uitlatingen
      voor onbepaalde tijd openbaar zullen zijn, ook na verwijdering van het bericht.
    applies_to: [pupil, parent, staff]
    severity: light

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

  - id: G.6
    section: Afspraken gebruikers
    title: Geen privé-'vrienden' met leerlingen
    text: >-
      Het is medewerkers niet toegestaan om met een privéaccount "vrienden" te worden met
      leerlingen op social media.
    applies_to: [staff]
    severity: severe

  - id: G.7
    section: Afspraken gebruikers
    title: Fatsoensnormen; niet pesten of bedreigen
    text: >-
      Alle betrokkenen nemen de fatsoensnormen in acht. (bijvoorbeeld: mensen pesten, kwetsen,
      stalken, bedreigen, zwartmaken of anderszins beschadigen) Als fatsoensnormen worden
      overschreden dan neemt de school passende maatregelen
    applies_to: [pupil, parent, staff]
    severity: severe

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

  - id: W.2
    section: Specifiek voor werknemers tijdens werksituaties
    title: Ontsporende discussie direct melden
    text: >-
      Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te nemen
      met zijn/haar leidinggevende om de te volgen strategie te bespreken.
    applies_to: [staff]
    severity: light

  - id: W.3
    section: Specifiek voor werknemers tijdens werksituaties
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel of een publicatie in strijd met deze richtlijnen neemt de medewerker contact op
      met zijn leidinggevende.
    applies_to: [staff]
    severity: light

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

  - id: P.2
    section: Specifiek voor werknemer tijdens privésituaties
    title: Geen standpunten tegen missie en visie
    text: >-
      Het is voor medewerkers niet toegestaan standpunten en/of overtuigingen uit te dragen welke
      in strijd zijn met de missie en visie van CBO Meilân en de uitgangspunten van dit protocol.
    applies_to: [staff]
    severity: medium

  - id: P.3
    section: Specifiek voor werknemer tijdens privésituaties
    title: Vermelden dat het een persoonlijke mening is
    text: >-
      Indien de medewerker over de school of CBO Meilân publiceert dient hij/zij het bericht te
      voorzien van het bericht dat de standpunten in dit bericht de eigen persoonlijke mening zijn
      en los staan van eventuele officiële standpunten van de school of CBO Meilân.
    applies_to: [staff]
    severity: light

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

  - id: T.2
    section: Mobiele telefoons, smartphones en overige informatie- en communicatiemiddelen door leerlingen
    title: Geen opnamen zonder toestemming directie
    text: >-
      Het maken van opnamen (geluid, video, foto's en dergelijke) is zowel in en om de school als
      tijdens schoolactiviteiten elders te allen tijde verboden, tenzij met schriftelijke
      toestemming van de directie.
    applies_to: [pupil]
    severity: medium

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
    severity: medium

  - id: EM.1
    section: Sancties en gevolgen bij – E-mail
    title: E-mailadres ingetrokken bij misbruik
    text: >-
      Een e-mailadres wordt (na overeenstemmend overleg met de directie) onmiddellijk voor een
      redelijke termijn te bepalen door de directie uit de bestandenlijst verwijderd, wanneer wordt
      vastgesteld dat er: a. onwettige activiteiten mee gepleegd worden; b. sprake is van
      onverantwoord gebruik; c. gepest wordt;
    applies_to: [pupil]
    severity: medium

  - id: EM.2
    section: Sancties en gevolgen bij – E-mail
    title: Gebruiker of ouders krijgen de reden
    text: >-
      De betrokken gebruiker (c.q. ouders/verzorgers van) wordt daarvan in kennisgesteld door de
      directie. Tevens wordt daarbij aangegeven waarom het emailadres wordt verwijderd.
    applies_to: [pupil]
    severity: medium

  - id: EM.3
    section: Sancties en gevolgen bij – E-mail
    title: Waarschuwing bij minder ernstig misbruik
    text: >-
      De gebruiker van een emailadres krijgt bij minder ernstig misbruik een waarschuwing.
      Ouder(s)/voogd(en)/verzorger(s) worden daarvan zo spoedig mogelijk in kennis gesteld.
      Daarbij wordt aangegeven wat de reden van deze berisping is.
    applies_to: [pupil]
    severity: medium

  - id: SM.1
    section: Sancties en gevolgen bij – Sociale media
    title: Medewerker in strijd met protocol
    text: >-
      Medewerkers die in strijd handelen met dit protocol maken zich schuldig aan plichtsverzuim.
      Alle correspondentie omtrent dit onderwerp wordt opgenomen in het personeelsdossier.
    applies_to: [staff]
    severity: medium

  - id: SM.2
    section: Sancties en gevolgen bij – Sociale media
    title: Grensoverschrijdend melden bij inspecteur
    text: >-
      Indien het College van Bestuur van CBO Meilân de wijze van communiceren door een
      medewerker(s) als “grensoverschrijdend” kwalificeert, dan wordt dit telefonisch gemeld bij
      de Landelijke Vertrouwensinspecteur (0900-1113111).
    applies_to: [staff]
    severity: medium

  - id: SM.3
    section: Sancties en gevolgen bij – Sociale media
    title: Rechtspositionele maatregelen medewerkers
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen worden naar medewerkers
      tot rechtspositionele maatregelen opgenomen welke variëren van waarschuwing, schorsing,
      berisping, ontslag en ontslag op staande voet.
    applies_to: [staff]
    severity: medium

  - id: SM.4
    section: Sancties en gevolgen bij – Sociale media
    title: Leerling of ouder in strijd met protocol
    text: >-
      Leerlingen en/of ouders/verzorgers die in strijd met dit protocol handelen maken zich
      mogelijk schuldig aan verwijtbaar gedrag. Alle correspondentie omtrent dit onderwerp wordt
      opgenomen in het leerlingendossier.
    applies_to: [pupil, parent]
    severity: medium

  - id: SM.5
    section: Sancties en gevolgen bij – Sociale media
    title: Maatregelen leerlingen en ouders
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen worden naar leerlingen
      en/of ouders/verzorgers toe maatregelen genomen welke variëren van waarschuwing, schorsing en
      verwijdering van school.
    applies_to: [pupil, parent]
    severity: medium

  - id: SM.6
    section: Sancties en gevolgen bij – Sociale media
    title: Aangifte bij mogelijk strafbaar feit
    text: >-
      Indien de uitlating van leerlingen en/of ouders/verzorgers en medewerkers mogelijk een
      strafrechtelijke overtreding inhoudt zal door CBO Meilân aangifte bij de politie worden
      gedaan.
    applies_to: [pupil, parent, staff]
    severity: medium

  - id: MT.1
    section: Sancties en gevolgen bij – Mobiele telefoons
    title: Eerste overtreding telefoon
    text: >-
      Bij een eerste overtreding wordt het apparaat tot het einde van de dag in bewaring genomen.
    applies_to: [pupil]
    severity: medium

  - id: MT.2
    section: Sancties en gevolgen bij – Mobiele telefoons
    title: Tweede overtreding telefoon
    text: >-
      Bij een tweede overtreding wordt het apparaat langer in bewaring genomen. De ouders worden op
      de hoogte gesteld. De school vindt het de verantwoordelijkheid van de leerling dat hij/ zij
      zich aan de schoolregels houdt, zeker als het bezit van met name een mobiele telefoon
      belangrijk is voor communicatie met thuis.
    applies_to: [pupil]
    severity: medium

  - id: MT.3
    section: Sancties en gevolgen bij – Mobiele telefoons
    title: Derde en volgende overtreding telefoon
    text: >-
      Bij een derde en volgende overtreding wordt het apparaat voor een nog langere periode te
      bepalen door de directie in bewaring genomen.
    applies_to: [pupil]
    severity: medium

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
    severity: light

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
    severity: light

  - id: A.2
    section: A. Voor alle gebruikers
    title: Berichten blijven online, ook na verwijderen
    text: >-
      Elke betrokkene dienst zich ervan bewust te zijn, dat gepubliceerde teksten en beelden voor
      onbepaalde tijd online zullen staan , ook na verwijdering van het bericht.
    applies_to: [pupil, parent, staff]
    severity: light

  - id: A.3
    section: A. Voor alle gebruikers
    title: Niet actief op sociale media tijdens de les
    text: >-
      Het is medewerkers en leerlingen niet toegestaan om tijdens de lessen actief te zijn op
      sociale media, tenzij door de schoolleiding, respectievelijk het onderwijzend personeel,
      hiervoor expliciet toestemming is gegeven.
    applies_to: [pupil, staff]
    severity: light

  - id: A.4
    section: A. Voor alle gebruikers
    title: Delen mag, mits niet vertrouwelijk of schadelijk
    text: >-
      Het is betrokkenen bij de school toegestaan om kennis en informatie te delen, mits het geen
      vertrouwelijke of persoonlijke informatie betreft en andere betrokkenen bij de school niet
      schaadt.
    applies_to: [pupil, parent, staff]
    severity: medium

  - id: A.5
    section: A. Voor alle gebruikers
    title: Opnamen alleen met toestemming
    text: >-
      Het is niet toegestaan om foto-, film- en geluidsopnamen van school gerelateerde situaties
      op sociale media te zetten, tenzij betrokkenen uitdrukkelijk toestemming hebben gegeven voor
      plaatsing.
    applies_to: [pupil, parent, staff]
    severity: medium

  - id: A.6
    section: A. Voor alle gebruikers
    title: Liever geen 'vrienden' met leerlingen
    text: >-
      Het wordt medewerkers van De st. Jozefschool/ De Pontonnier afgeraden om ‘vrienden’ te worden
      met leerlingen op sociale media. Wanneer zij ervoor kiezen om dit wel te doen, zorgen zij
      ervoor dat de leerlingen alleen informatie krijgen die zinvol is en past bij de relatie
      leerkracht- leerling.
    applies_to: [staff]
    severity: medium

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

  - id: B.1
    section: B. Voor medewerkers tijdens werksituaties
    title: Bijzondere verantwoordelijkheid medewerkers
    text: >-
      Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media.
      Persoonlijke meningen van medewerkers kunnen eenvoudig verward worden met officiële
      standpunten van De st. Jozefschool/ De Pontonnier.
    applies_to: [staff]
    severity: light

  - id: B.2
    section: B. Voor medewerkers tijdens werksituaties
    title: Ontsporende discussie direct melden
    text: >-
      Als de online communicatie dreigt te ontsporen, dient de medewerker direct contact op te
      nemen met zijn of haar leidinggevende om de te volgen strategie te bespreken.
    applies_to: [staff]
    severity: light

  - id: B.3
    section: B. Voor medewerkers tijdens werksituaties
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel of een publicatie in strijd is met de richtlijnen van het protocol sociale media
      van De st. Jozefschool/ De Pontonnier neemt de medewerker contact op met zijn of haar
      leidinggevende.
    applies_to: [staff]
    severity: light

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

  - id: C.2
    section: C. Voor medewerkers buiten werksituaties
    title: Melden dat je medewerker bent
    text: >-
      Indien de medewerken deelneemt aan een online discussie die op enigerlei wijze te maken heeft
      met de school, dan dient de medewerker te melden dat hij of zij een medewerker is van De st.
      Jozefschool/ De Pontonnier.
    applies_to: [staff]
    severity: light

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

  - id: S.1
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Medewerker in strijd met protocol
    text: >-
      Medewerkers die in strijd handelen met de inhoud van dit protocol maken zich mogelijk
      schuldig aan plichtsverzuim. Alle correspondentie over dit onderwerp wordt opgenomen in het
      personeelsdossier.
    applies_to: [staff]
    severity: medium

  - id: S.2
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Rechtspositionele maatregelen medewerkers
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen kunnen naar medewerkers
      toe rechtspositionele maatregelen worden genomen, welke variëren van waarschuwing, schorsing,
      berisping, ontslag of ontslag op staande voet.
    applies_to: [staff]
    severity: medium

  - id: S.3
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Leerling of ouder in strijd met protocol
    text: >-
      Leerlingen, ouders, of verzorgers die in strijd met dit protocol handelen, maken zich
      mogelijk schuldig aan verwijtbaar gedrag. Alle correspondentie over dit onderwerp wordt
      opgenomen in het leerlingdossier.
    applies_to: [pupil, parent]
    severity: medium

  - id: S.4
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Maatregelen leerlingen en ouders
    text: >-
      Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen kunnen naar leerlingen,
      ouders of verzorgers maatregelen worden genomen, welke variëren van waarschuwing, schorsing
      en verwijdering van school.
    applies_to: [pupil, parent]
    severity: medium

  - id: S.5
    section: Sancties en gevolgen voor medewerkers en leerlingen
    title: Aangifte bij mogelijk strafbaar feit
    text: >-
      Indien de uitlatingen van leerlingen, ouders, verzorgers of medewerkers mogelijk een
      strafrechtelijke overtreding inhoudt, zal door De st. Jozefschool/ De Pontonnier aangifte bij
      de politie worden gedaan.
    applies_to: [pupil, parent, staff]
    severity: medium

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

  - id: 3A.2
    section: 3A. Voor alle gebruikers
    title: Delen mag, mits geen persoonsgegevens
    text: >-
      Het is betrokkenen toegestaan om kennis en informatie over school en de leden van de
      schoolgemeenschap te delen, mits het geen persoonsgegevens betreft en andere betrokkenen
      niet schaadt.
    applies_to: [pupil, parent, staff]
    severity: medium

  - id: 3A.3
    section: 3A. Voor alle gebruikers
    title: Persoonlijk verantwoordelijk voor inhoud
    text: >-
      De betrokkene is persoonlijk verantwoordelijk voor de inhoud die hij publiceert op de
      sociale media.
    applies_to: [pupil, parent, staff]
    severity: light

  - id: 3A.4
    section: 3A. Voor alle gebruikers
    title: Gepubliceerde teksten blijven openbaar
    text: >-
      Elke betrokkene dient zich ervan bewust te zijn dat de gepubliceerde teksten en uitlatingen
      voor onbepaalde tijd openbaar zullen zijn, ook na verwijdering van het bericht.
    applies_to: [pupil, parent, staff]
    severity: light

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

  - id: 3A.6
    section: 3A. Voor alle gebruikers
    title: Geen privé-'vrienden' met leerlingen of ouders
    text: >-
      Het is medewerkers niet toegestaan om met een privéaccount ‘vrienden’ te worden van
      leerlingen en ouders/verzorgers op sociale media.
    applies_to: [staff]
    severity: severe

  - id: 3A.7
    section: 3A. Voor alle gebruikers
    title: Lessen op afstand niet opnemen of delen
    text: >-
      Het is ouders/verzorgers en leerlingen niet toegestaan om opnames te maken van lessen op
      afstand en deze te delen op sociale media.
    applies_to: [pupil, parent]
    severity: medium

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

  - id: 3A.9
    section: 3A. Voor alle gebruikers
    title: Grensoverschrijdende communicatie melden
    text: >-
      Indien een betrokkene kennis heeft van ontoelaatbare en/of grensoverschrijdende communicatie
      in woord, beeld en/of geluid dan dient hij dat te melden bij de schoolleiding of het
      bestuur.
    applies_to: [pupil, parent, staff]
    severity: light

  - id: 3A.10
    section: 3A. Voor alle gebruikers
    title: Melding in het Troubadourtje
    text: >-
      In het Troubadourtje kan worden vermeld: ‘Merkt u dat er iets speelt op Social Media dat niet
      door de beugel kan, meldt dit bij de leerkracht. Wij vinden het belangrijk om hiervan op de
      hoogte te zijn.’
    applies_to: [parent]
    severity: light

  - id: 3A.11
    section: 3A. Voor alle gebruikers
    title: Aanpak naar grootte van de groep
    text: >-
      Als een probleem speelt in een klein groepje, wordt het gesprek aangegaan met de
      desbetreffende leerlingen. Wanneer het probleem bij meerdere leerlingen speelt, wordt het
      besproken in de groep. Als het probleem tot slot in meerdere groepen speelt, kan een extern
      persoon worden uitgenodigd voor een informatiebijeenkomst.
    applies_to: [staff]
    severity: light

  - id: 3B.1
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Schoolzaken via Klasbord doorgeven
    text: >-
      Een medewerker geeft via Klasbord of een andere digitale wijze van de school bijzondere
      aangelegenheden door zoals bij voorbeeld lesuitval, het opgeven van huiswerk, het
      herinneren aan de gymspullen, schoolreisje, schoolkamp.
    applies_to: [staff]
    severity: light
    platforms: [klasbord]

  - id: 3B.2
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Bijzondere verantwoordelijkheid medewerkers
    text: >-
      Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media:
      privémeningen van medewerkers kunnen eenvoudig verward worden met de officiële standpunten
      van de onderwijsinstelling.
    applies_to: [staff]
    severity: light

  - id: 3B.3
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Functie vermelden in discussies
    text: >-
      Indien een medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met
      stichting KOE en haar scholen dient de medewerker te vermelden dat hij medewerker is van de
      desbetreffende school en welke functie hij heeft.
    applies_to: [staff]
    severity: light

  - id: 3B.4
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Ontsporende discussie direct melden
    text: >-
      Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te nemen
      met zijn leidinggevende om de te volgen strategie te bespreken.
    applies_to: [staff]
    severity: light

  - id: 3B.5
    section: 3B. Voor medewerkers tijdens werksituaties
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel of een publicatie in strijd is met deze richtlijnen neemt de medewerker contact
      op met zijn leidinggevende.
    applies_to: [staff]
    severity: light

  - id: 3C.1
    section: 3C. Voor medewerkers tijdens privésituaties
    title: Geen persoonsgegevens; naam school niet schaden
    text: >-
      Het is de medewerker toegestaan om school/werk gerelateerde onderwerpen te publiceren mits
      het geen persoonsgegevens die de school, haar medewerkers, leerlingen, ouders/verzorgers en
      andere betrokkenen betreft. Ook mag de publicatie de naam van de school niet schaden.
    applies_to: [staff]
    severity: medium

  - id: 3C.2
    section: 3C. Voor medewerkers tijdens privésituaties
    title: Geen standpunten tegen missie en visie
    text: >-
      Het is voor medewerkers niet toegestaan standpunten en/of overtuigingen uit te dragen die in
      strijd zijn met de missie en visie van stichting KOE en haar scholen en de uitgangspunten
      van dit protocol.
    applies_to: [staff]
    severity: medium

  - id: 3C.3
    section: 3C. Voor medewerkers tijdens privésituaties
    title: Melden dat je medewerker bent
    text: >-
      Indien de medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met
      de onderwijsinstelling dient hij te vermelden dat hij medewerker is van desbetreffende
      school.
    applies_to: [staff]
    severity: light

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

  - id: 3D.1
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Medewerkers volgen regels van de werkgever
    text: >-
      Medewerkers houden zich bij de vervulling van hun functie aan de regels die ten behoeve van
      de goede gang van zaken door de werkgever door middel van instructies en/of reglementen zijn
      vastgesteld en hem door werkgever zijn verstrekt, waaronder het protocol sociale media.
    applies_to: [staff]
    severity: medium

  - id: 3D.2
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Medewerker in strijd met protocol
    text: >-
      Medewerkers die in strijd handelen met dit protocol maken zich mogelijk schuldig aan
      plichtsverzuim. Alle correspondentie over dit onderwerp wordt opgenomen in het
      personeelsdossier.
    applies_to: [staff]
    severity: medium

  - id: 3D.3
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Grensoverschrijdend melden bij inspecteur
    text: >-
      Indien schoolleiding of het bestuur de wijze van communiceren door een medewerker(s) als
      ‘grensoverschrijdend’ kwalificeert, dan wordt dit telefonisch gemeld bij de Landelijke
      Vertrouwensinspecteur (0900-1113111).
    applies_to: [staff]
    severity: medium

  - id: 3D.4
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Rechtspositionele maatregelen medewerkers
    text: >-
      Afhankelijk van de ernst van de uitingen en/of gedragingen van medewerkers en de gevolgen
      daarvan worden rechtspositionele maatregelen genomen die variëren van waarschuwing,
      schorsing, berisping, ontslag en ontslag op staande voet.
    applies_to: [staff]
    severity: medium

  - id: 3D.5
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Leerling of ouder in strijd met protocol
    text: >-
      Leerlingen en / of ouders/verzorgers die in strijd met dit protocol handelen maken zich
      mogelijk schuldig aan verwijtbaar gedrag. Alle correspondentie over dit onderwerp wordt
      opgenomen in het leerlingendossier.
    applies_to: [pupil, parent]
    severity: medium

  - id: 3D.6
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Maatregelen leerlingen en ouders
    text: >-
      Afhankelijk van de ernst van de uitingen en/of gedragingen van leerlingen en/of
      ouders/verzorgers en de gevolgen daarvan worden jegens hen maatregelen genomen die onder meer
      kunnen bestaan uit: het in bewaring nemen van devices, het verwijderen van berichten en/of
      beelden daarop, een waarschuwing, schorsing en verwijdering van school.
    applies_to: [pupil, parent]
    severity: medium

  - id: 3D.7
    section: 3D. Sancties en gevolgen voor medewerkers en leerlingen
    title: Melding of aangifte bij de politie
    text: >-
      Wanneer uitingen of gedragingen van leerlingen en/of ouders/verzorgers dan wel medewerkers
      mogelijk een strafrechtelijke overtreding inhouden kan door de stichting of een school
      melding of aangifte bij de politie worden gedaan.
    applies_to: [pupil, parent, staff]
    severity: medium

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
      action: Extern persoon uitnodigen voor een informatiebijeenkomst

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
    severity: light

  - id: "2"
    section: Richtlijnen gebruik social media
    title: Persoonlijke titel of namens Konot vermelden
    text: >-
      Bij onderwijsonderwerpen maken medewerkers duidelijk of zij op persoonlijke titel of namens
      Konot publiceren.
    applies_to: [staff]
    severity: light

  - id: "3"
    section: Richtlijnen gebruik social media
    title: Geen vertrouwelijke informatie publiceren
    text: >-
      Medewerkers van Konot publiceren geen vertrouwelijke informatie op social media.
    applies_to: [staff]
    severity: medium

  - id: "4"
    section: Richtlijnen gebruik social media
    title: Geen discussie met leerling of ouder online
    text: >-
      Ga niet in discussie met een leerling of ouder op social media.
    applies_to: [staff]
    severity: medium

  - id: "5"
    section: Richtlijnen gebruik social media
    title: Inhoud past bij de uitgangspunten van school
    text: >-
      Als je actief bent als werknemer voor de organisatie waarvoor je werkt, zorg je ervoor dat
      de inhoud in overeenstemming is met de uitgangspunten van de school.
    applies_to: [staff]
    severity: medium

  - id: "6"
    section: Richtlijnen gebruik social media
    title: Leidinggevenden vertegenwoordigen altijd Konot
    text: >-
      Schoolbestuurders, schoolleiders en leidinggevenden zijn altijd vertegenwoordiger van Konot
      – ook als zij een privé-mening verkondigen. Bij twijfel niet publiceren.
    applies_to: [staff]
    severity: light

  - id: "7"
    section: Richtlijnen gebruik social media
    title: Persoonlijk verantwoordelijk voor publicaties
    text: >-
      Medewerkers van Konot zijn persoonlijk verantwoordelijk voor wat zij publiceren.
    applies_to: [staff]
    severity: light

  - id: "8"
    section: Richtlijnen gebruik social media
    title: Publicaties blijven altijd vindbaar
    text: >-
      Medewerkers van Konot weten dat publicaties op social media altijd vindbaar zijn.
    applies_to: [staff]
    severity: light

  - id: "9"
    section: Richtlijnen gebruik social media
    title: Bij twijfel contact met leidinggevende
    text: >-
      Bij twijfel over een publicatie of over de raakvlakken met Konot zoeken medewerkers contact
      hun leidinggevende.
    applies_to: [staff]
    severity: light

  - id: "10"
    section: Richtlijnen gebruik social media
    title: Ook digitaal een veilig klimaat
    text: >-
      Konot zorgt ook digitaal voor een veilig klimaat en communiceert met medewerkers, leerlingen
      en ouders hoe zij dit doet.
    applies_to: [staff]
    severity: light

  # The Don'ts, numbered D.1–D.9 in the order of the document; the Do's are advice and left out.
  - id: D.1
    section: "In de praktijk: Don'ts"
    title: Geen materiaal dat je in verlegenheid brengt
    text: >-
      Plaats geen materiaal dat je in verlegenheid zou brengen, als je bijv. naaste familie of
      leidinggevende het zou kunnen lezen.
    applies_to: [staff]
    severity: light

  - id: D.2
    section: "In de praktijk: Don'ts"
    title: Geen schuttingtaal
    text: >-
      Te populair taalgebruik en schuttingtaal.
    applies_to: [staff]
    severity: light

  - id: D.3
    section: "In de praktijk: Don'ts"
    title: Geen uitspraken die collega's/leerlingen schaden
    text: >-
      Doe geen uitspraken die je collega's of leerlingen kunnen schaden.
    applies_to: [staff]
    severity: severe

  - id: D.4
    section: "In de praktijk: Don'ts"
    title: Geen discussie met ouder of leerling
    text: >-
      Ga niet in discussie met ouder of leerling. Neem liever offline contact op.
    applies_to: [staff]
    severity: medium

  - id: D.5
    section: "In de praktijk: Don'ts"
    title: Geen interne of vertrouwelijke informatie
    text: >-
      Verspreid geen interne informatie. Laat je niet uit over eventueel vertrouwelijke informatie
      Konot.
    applies_to: [staff]
    severity: medium

  - id: D.6
    section: "In de praktijk: Don'ts"
    title: Niet citeren of plaatsen zonder toestemming
    text: >-
      Citeer geen collega's of andere belanghebbenden. Plaats geen materiaal zonder toestemming
      van de eigenaar.
    applies_to: [staff]
    severity: medium

  - id: D.7
    section: "In de praktijk: Don'ts"
    title: Geen censuur op de mening van anderen
    text: >-
      Pas geen censuur toe op de mening van anderen.
    applies_to: [staff]
    severity: light

  - id: D.8
    section: "In de praktijk: Don'ts"
    title: Logo niet bij ongepaste content
    text: >-
      Verbind het logo van Konot niet aan ongepaste content.
    applies_to: [staff]
    severity: medium

  - id: D.9
    section: "In de praktijk: Don'ts"
    title: Logo niet in je privéprofiel
    text: >-
      Gebruik het logo van Konot niet in je privé profiel.
    applies_to: [staff]
    severity: light

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

  - id: C.4
    section: Toepassing social media in communicatie vanuit school
    title: Integere berichtgeving als ambassadeur
    text: >-
      De Schoolwerkplaats laat de inzet van social media door medewerkers over niet school
      gerelateerde onderwerpen met de belanghebbenden over aan de inschatting van de medewerker.
      Onze medewerkers zijn zich hierbij bewust dat zij ambassadeurs zijn van onze school, de
      integriteit van de berichtgeving op social media is essentieel en vanzelfsprekend.
    applies_to: [staff]
    severity: light

  - id: C.5
    section: Toepassing social media in communicatie vanuit school
    title: Melden dat je spreekt als leerkracht
    text: >-
      De Schoolwerkplaats respecteert de vrijheid van meningsuiting van al haar medewerkers. In
      het geval dat de medewerker communiceert via social media vanuit zijn/haar beroep, wordt
      kenbaar gemaakt dat dit gebeurt als leerkracht en namens de school.
    applies_to: [staff]
    severity: light

  - id: M.1
    section: Richtlijnen gebruik social media voor medewerkers
    title: Kennis delen, niet vertrouwelijk of schadelijk
    text: >-
      Medewerkers mogen kennis en andere waardevolle informatie delen, mits die informatie niet
      vertrouwelijk is en de Schoolwerkplaats of anderen niet schaadt.
    applies_to: [staff]
    severity: medium

  - id: M.2
    section: Richtlijnen gebruik social media voor medewerkers
    title: Persoonlijk verantwoordelijk voor publicaties
    text: >-
      Medewerkers zijn persoonlijk verantwoordelijk voor de inhoud die ze, voor zover dat niet
      tot hun functie behoort, publiceren op social media. Zij zijn zich ervan bewust dat wat zij
      publiceren voor langere tijd openbaar zal zijn, met gevolgen voor hun privacy.
    applies_to: [staff]
    severity: light

  - id: M.3
    section: Richtlijnen gebruik social media voor medewerkers
    title: Bij twijfel contact met de directie
    text: >-
      Bij twijfel over een publicatie of over de raakvlakken met de Schoolwerkplaats is het
      verstandig contact te zoeken met de directie.
    applies_to: [staff]
    severity: light

  - id: M.4
    section: Richtlijnen gebruik social media voor medewerkers
    title: Ontsporende discussie direct melden
    text: >-
      Wanneer een online discussie dreigt te ontsporen neem dan direct contact op met de
      vertrouwenspersoon of de directie en overleg over de te ondernemen acties.
    applies_to: [staff]
    severity: light

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

  - id: L.2
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen ongeoorloofde toegang (hacken)
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Zich ongeoorloofd toegang te
      verschaffen tot niet openbare bronnen op het internet.
    applies_to: [pupil]
    severity: severe

  - id: L.3
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen informatie veranderen of vernietigen
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Opzettelijk informatie waartoe men
      via internet toegang heeft verkregen, zonder toestemming te veranderen of te vernietigen.
    applies_to: [pupil]
    severity: severe

  - id: L.4
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen foto's en filmpjes zonder toestemming
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Foto's en filmpjes te maken en te
      verspreiden zonder toestemming van de betrokkene.
    applies_to: [pupil]
    severity: medium

  - id: L.5
    section: Richtlijnen gebruik social media voor leerlingen
    title: Geen anonieme berichten of nepnaam
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Berichten anoniem of onder een
      fictieve naam te versturen.
    applies_to: [pupil]
    severity: medium

  - id: L.6
    section: Richtlijnen gebruik social media voor leerlingen
    title: Niemand lastigvallen; ongepaste info melden
    text: >-
      Het is in het bijzonder niet toegestaan om via internet: Iemand lastig te vallen. Indien
      iemand ongevraagd informatie van een soort als hierboven genoemd krijgt aangeboden, dient
      de leerling dit direct te melden bij de leerkracht.
    applies_to: [pupil]
    severity: severe

ladders:
  default: true
  source: >-
    Het protocol noemt geen sancties; casus gebruikt de standaardladders.

escalations:
  aangifte: none

"""#),
        ("retention.yaml", #"""
# Bewaartermijnen (DESIGN.md §5): hoeveel jaar na vertrek een dossier bewaard blijft.
# `casus purge --dry-run` toont wat er over de termijn is; `casus purge` verwijdert het en laat
# een grafsteen (tombstone) met de laatste hash van het dossier achter.
# Retention: years after a pupil left or an employee's employment ended.
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
| `schorsingsbesluit` | suspension decision, WPO art. 40c (for a parent: denial of access to the school) | pupil, parent |
| `uitnodiging-hoorgesprek` | hearing before a removal decision | pupil, parent |
| `verwijderingsbesluit` | removal decision, WPO art. 40 | pupil, parent |
| `voornemen-maatregel` | proposed disciplinary measure, CAO PO, registered letter | staff |
| `ontslag-op-staande-voet` | summary dismissal, BW 7:677 | staff |
| `melding-inspectie` | report to the Inspectie (suspension > 1 day, removal) | pupil, parent |
| `telefoonnotitie-vertrouwensinspecteur` | phone note of the report to the vertrouwensinspecteur | all (staff first) |
| `aangifte` | record of a police report | all |
| `uitnodiging-gesprek` | invitation to a talk | all |

A template used for a subject kind it is not meant for renders only a bracketed note saying so.

## Rules

- Line 1 is exactly `{{! title: <Dutch title for the picker> }}`; the letter starts on line 2.
- Plain text, lines of at most 78 characters, no trailing spaces. Free-text values (the case
  summary, the quoted article texts, the step's reason and justification) arrive as one long line
  each and are not wrapped by the template.
- Every value in triple braces `{{{x}}}`: `{{x}}` HTML-escapes (`'` becomes `&#39;`).
- Where the director must fill something in: `[hint in Dutch]`. Keep these few.

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
- `protocol.name`, `protocol.document`
- `case.number`, `case.summary`, `case.severity` (licht/middel/ernstig), `case.opened`
- `incident.date`, `incident.platform`
- `subject.name`, `subject.firstName`, `subject.kind`, `subject.group`, `subject.function`
- `isPupil`, `isParent`, `isStaff` (bool; staff includes volunteers and interns)
- `pupil.name`, `pupil.firstName`, `pupil.group`: the pupil whose leerlingdossier this goes into
  (`""` for staff cases); `pupil.group` is the bare group ("7"), the templates write "groep 7"
- `parents` (list of `{name}`), `parentNames` ("Karin en Jeroen de Jong" or "de ouders/verzorgers")
- `articles` (list of `{id, title, text}`)
- `hasStep` (bool); `step.rung` (Dutch label), `step.reason`, `step.days` (suspensions only),
  `step.start`, `step.end`, `step.date`, `step.justification`, `step.detail`
- `deadlines.objection` (decision + 6 weeks), `deadlines.otherSchool` (decision + 8 weeks)
- `vertrouwensinspecteur.phone`

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
  Leerling:          {{{pupil.name}}}{{^empty(pupil.group)}}, groep {{{pupil.group}}}{{/empty(pupil.group)}}
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

{{{case.summary}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Grondslag

De feiten houden mogelijk een strafbaar feit in; daarom doet de school
aangifte bij de politie. De zaak is behandeld volgens:

  Protocol:          {{{protocol.document}}}
  School/bestuur:    {{{protocol.name}}}

{{#isStaff}}
Gaat het om een mogelijk zedendelict van een medewerker tegen een
minderjarige leerling, dan is het bevoegd gezag daarnaast tot aangifte
verplicht op grond van artikel 4a WPO.

{{/isStaff}}
Het gedrag is in strijd met de volgende artikelen van het protocol:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
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
        ("templates/maatregel-ouders.mustache", #"""
{{! title: Brief aan ouders over een maatregel }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder. Kies
voor een medewerker het sjabloon "Voornemen disciplinaire maatregel".]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{#isParent}}
Aan {{{subject.name}}}
{{/isParent}}
{{^isParent}}
Aan {{{parentNames}}}
{{^parents}}
van {{{pupil.name}}}
{{/parents}}
{{/isParent}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: maatregel{{#hasStep}} ({{{step.rung}}}){{/hasStep}}

{{#isParent}}
Geachte {{{subject.name}}},

Met deze brief informeer ik u over een maatregel die wij hebben genomen
naar aanleiding van uw gedrag{{^empty(incident.platform)}} op {{{incident.platform}}}{{/empty(incident.platform)}}.
Het gaat om het volgende:
{{/isParent}}
{{^isParent}}
Geachte ouders/verzorgers van {{{pupil.firstName}}},

Met deze brief informeer ik u over een maatregel die wij hebben genomen
naar aanleiding van het gedrag van {{{pupil.firstName}}}. Het gaat om het
volgende:
{{/isParent}}

{{{case.summary}}}

Dit is in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}

Wij hebben daarom de volgende maatregel genomen:

{{#hasStep}}
  Maatregel:    {{{step.rung}}}
{{^empty(step.detail)}}
  Toelichting:  {{{step.detail}}}
{{/empty(step.detail)}}
  Ingangsdatum: {{{step.date}}}
{{/hasStep}}
{{^hasStep}}
  Maatregel:    [apparaat in bewaring, ICT-verbod, intrekken e-mailadres
                of contract]
  Ingangsdatum: {{{today}}}
{{/hasStep}}
  Inhoud:       [wat de maatregel inhoudt en hoe lang hij duurt]
{{#hasStep}}
{{^empty(step.reason)}}

Reden: {{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

{{#isParent}}
Wij gaan ervan uit dat u zich voortaan aan de afspraken van ons protocol
houdt. Gebeurt dat niet, dan kunnen wij zwaardere maatregelen nemen.
{{/isParent}}
{{^isParent}}
Wij informeren u hierover, zodat u het voorval thuis kunt bespreken.
Als {{{pupil.firstName}}} zich opnieuw niet aan de afspraken houdt, kunnen
wij zwaardere maatregelen nemen, zoals een schorsing.
{{/isParent}}

Heeft u vragen over deze maatregel, neem dan gerust contact met mij op.
Een kopie van deze brief wordt opgenomen in het leerlingdossier van
{{{pupil.name}}}.

Met vriendelijke groet,


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
Betreft: melding [schorsing/verwijdering] van een leerling
{{/hasStep}}

Geachte inspecteur,

{{#hasStep}}
{{^empty(step.days)}}
Hierbij meldt het bevoegd gezag van onze school de schorsing van een
leerling voor langer dan één dag (artikel 40c WPO).
{{/empty(step.days)}}
{{#empty(step.days)}}
Hierbij meldt het bevoegd gezag van onze school het besluit tot
{{{step.rung}}} van een leerling (artikel 40 WPO).
{{/empty(step.days)}}
{{/hasStep}}
{{^hasStep}}
Hierbij meldt het bevoegd gezag van onze school het volgende besluit over
een leerling.
{{/hasStep}}

  School:                {{{school.name}}}
  Leerling:              {{{pupil.name}}}
  Geboortedatum:         [geboortedatum]
{{^empty(pupil.group)}}
  Groep:                 {{{pupil.group}}}
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
  Zoektermijn (8 weken): tot en met {{{deadlines.otherSchool}}}
{{/empty(step.days)}}
{{/hasStep}}
{{^hasStep}}
  Maatregel:             [schorsing of verwijdering]
  Datum van het besluit: [datum]
{{/hasStep}}
  Contactpersoon:        {{{director.name}}}, {{{director.role}}}

Redenen

{{#isParent}}
De maatregel is genomen vanwege het gedrag van een ouder/verzorger van de
leerling ({{{subject.name}}}).

{{/isParent}}
{{{case.summary}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Het gedrag is in strijd met de volgende artikelen van ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}

{{#hasStep}}
{{^empty(step.days)}}
De ouders/verzorgers zijn op {{{step.date}}} schriftelijk en met opgave van
redenen over de schorsing geïnformeerd en gewezen op de mogelijkheid van
bezwaar.
{{/empty(step.days)}}
{{#empty(step.days)}}
Voorafgaand aan het besluit zijn de groepsleerkracht en de
ouders/verzorgers gehoord. De ouders/verzorgers zijn schriftelijk en met
opgave van redenen over het besluit geïnformeerd en gewezen op de
mogelijkheid van bezwaar. De leerplichtambtenaar is geïnformeerd. Het
bevoegd gezag zoekt een andere school die de leerling wil toelaten.
{{/empty(step.days)}}
{{/hasStep}}
{{^hasStep}}
De ouders/verzorgers zijn schriftelijk en met opgave van redenen over het
besluit geïnformeerd en gewezen op de mogelijkheid van bezwaar.
{{/hasStep}}

Met vriendelijke groet,
namens het bevoegd gezag van {{{school.name}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/ontslag-op-staande-voet.mustache", #"""
{{! title: Ontslag op staande voet }}
{{^isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een medewerker.]
{{/isStaff}}
{{#isStaff}}
{{{school.name}}}

AANGETEKEND EN PER E-MAIL

Aan {{{subject.name}}}
[adres]

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: ontslag op staande voet

Geachte {{{subject.name}}},

Hierbij zeg ik namens het bevoegd gezag van onze school de
arbeidsovereenkomst met u onverwijld op wegens een dringende reden, als
bedoeld in artikel 7:677 en 7:678 van het Burgerlijk Wetboek. Het ontslag
gaat onmiddellijk in.

  Medewerker:         {{{subject.name}}}
{{^empty(subject.function)}}
  Functie:            {{{subject.function}}}
{{/empty(subject.function)}}
{{#hasStep}}
  Datum van ontslag:  {{{step.date}}}
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

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over uw gedrag{{^empty(incident.platform)}}
op {{{incident.platform}}}{{/empty(incident.platform)}}.
Uit ons onderzoek is het volgende gebleken:

{{{case.summary}}}

Wij hebben u op [datum] over deze feiten gehoord.

Met dit gedrag heeft u gehandeld in strijd met de volgende artikelen van
ons protocol, het {{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}

Deze gedragingen zijn, ieder afzonderlijk en in samenhang bezien, zo
ernstig dat van het bevoegd gezag redelijkerwijs niet kan worden gevraagd
de arbeidsovereenkomst te laten voortduren.

Gevolgen

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
namens het bevoegd gezag van {{{school.name}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/schorsingsbesluit.mustache", #"""
{{! title: Besluit tot schorsing }}
{{#isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een leerling of een ouder. Kies
voor een medewerker het sjabloon "Voornemen disciplinaire maatregel".]
{{/isStaff}}
{{^isStaff}}
{{{school.name}}}

{{#isParent}}
Aan {{{subject.name}}}
{{/isParent}}
{{^isParent}}
Aan {{{parentNames}}}
{{^parents}}
van {{{pupil.name}}}
{{/parents}}
{{/isParent}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
{{#isParent}}
Betreft: besluit tot het ontzeggen van de toegang tot de school
{{/isParent}}
{{^isParent}}
Betreft: besluit tot schorsing van {{{pupil.name}}}
{{/isParent}}

{{#isParent}}
Geachte {{{subject.name}}},

Met deze brief deel ik u mee dat het bevoegd gezag van onze school heeft
besloten u tijdelijk de toegang tot de school te ontzeggen. In deze periode
mag u het schoolgebouw en het schoolplein niet betreden en bent u niet
welkom bij activiteiten van de school.

  Betreft:               {{{subject.name}}}
  Ouder/verzorger van:   {{{pupil.name}}}
{{/isParent}}
{{^isParent}}
Geachte ouders/verzorgers van {{{pupil.firstName}}},

Met deze brief deel ik u mee dat het bevoegd gezag van onze school heeft
besloten {{{pupil.firstName}}} te schorsen. Dit besluit is genomen op grond
van artikel 40c van de Wet op het primair onderwijs (WPO).

  Leerling:              {{{pupil.name}}}
{{^empty(pupil.group)}}
  Groep:                 {{{pupil.group}}}
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

{{{case.summary}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Dit is in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}
{{#hasStep}}
{{^empty(step.justification)}}

Wij hebben niet eerst een lichtere maatregel genomen, om de volgende reden:
{{{step.justification}}}
{{/empty(step.justification)}}
{{/hasStep}}

{{#isParent}}
Wat dit besluit inhoudt

Dit besluit gaat alleen over u: {{{pupil.firstName}}} blijft gewoon naar
school gaan. Over het brengen en halen en over het contact met de school in
deze periode maken wij afspraken met u. Na de laatste dag bent u weer
welkom op school.
{{/isParent}}
{{^isParent}}
Wat de schorsing inhoudt

Tijdens de schorsing komt {{{pupil.firstName}}} niet naar school, maar blijft
thuis, onder uw toezicht. Wij geven schoolwerk mee, zodat er geen onnodige
achterstand ontstaat; de groepsleerkracht maakt hierover afspraken met u.
Op de eerste schooldag na de schorsing is {{{pupil.firstName}}} weer welkom.

Duurt een schorsing langer dan één dag, dan meldt het bevoegd gezag de
schorsing schriftelijk en met opgave van redenen aan de Inspectie van het
Onderwijs (artikel 40c WPO).
{{/isParent}}

Gesprek

Ik nodig u uit voor een gesprek over dit besluit en over hoe wij verder
gaan. Wilt u contact met mij opnemen om een afspraak te maken?

Bezwaar

Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de
datum van het besluit, dus uiterlijk op {{{deadlines.objection}}},
schriftelijk bezwaar maken bij het bevoegd gezag. Stuur uw bezwaarschrift
aan:

  Het bevoegd gezag van {{{school.name}}}
  p/a {{{school.name}}}
{{^empty(school.town)}}
  {{{school.town}}}
{{/empty(school.town)}}

Vermeld in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van
deze brief (zaak {{{case.number}}}) en waarom u het niet eens bent met het
besluit, en onderteken het. Het maken van bezwaar schort het besluit niet
op: {{#isParent}}het besluit{{/isParent}}{{^isParent}}de schorsing{{/isParent}} gaat in de tussentijd gewoon door.

Een kopie van deze brief wordt opgenomen in het leerlingdossier van
{{{pupil.name}}}.

Met vriendelijke groet,
namens het bevoegd gezag van {{{school.name}}},


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
  Leerlingdossier:  {{{pupil.name}}}{{^empty(pupil.group)}}, groep {{{pupil.group}}}{{/empty(pupil.group)}}
{{/empty(pupil.name)}}
{{/isStaff}}
{{^empty(incident.date)}}
  Datum melding:    {{{incident.date}}}
{{/empty(incident.date)}}
{{^empty(incident.platform)}}
  Platform:         {{{incident.platform}}}
{{/empty(incident.platform)}}

Feiten zoals doorgegeven:

{{{case.summary}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Geschonden artikelen van ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}

{{#isStaff}}
Grondslag: ons protocol en, bij een mogelijk zedendelict tegen een
minderjarige leerling, de meldplicht van artikel 4a WPO (overleg met de
vertrouwensinspecteur; aangifte bij een redelijk vermoeden van een
strafbaar feit).

{{/isStaff}}
Advies van de vertrouwensinspecteur:


Gemaakte afspraken:


Bestuur (bevoegd gezag) geïnformeerd op:

Aangifte (ja/nee, datum):

Opgesteld op {{{today}}} door:

{{{director.name}}}
{{{director.role}}}, {{{school.name}}}

"""#),
        ("templates/uitnodiging-gesprek.mustache", #"""
{{! title: Uitnodiging voor een gesprek }}
{{{school.name}}}

{{#isPupil}}
Aan {{{parentNames}}}
{{^parents}}
van {{{pupil.name}}}
{{/parents}}
{{/isPupil}}
{{^isPupil}}
Aan {{{subject.name}}}
{{/isPupil}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: uitnodiging voor een gesprek

{{#isPupil}}
Geachte ouders/verzorgers van {{{pupil.firstName}}},

Graag nodig ik u uit voor een gesprek over {{{pupil.firstName}}}.
Aanleiding is een melding die wij{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} ontvingen over
het gedrag van {{{pupil.firstName}}}{{^empty(incident.platform)}} op {{{incident.platform}}}{{/empty(incident.platform)}}. Het gaat om het volgende:
{{/isPupil}}
{{^isPupil}}
Geachte {{{subject.name}}},

Graag nodig ik u uit voor een gesprek. Aanleiding is een melding die wij
{{^empty(incident.date)}}op {{{incident.date}}} {{/empty(incident.date)}}ontvingen over uw gedrag{{^empty(incident.platform)}} op {{{incident.platform}}}{{/empty(incident.platform)}}.
Het gaat om het volgende:
{{/isPupil}}

{{{case.summary}}}

{{^empty(articles)}}
Dit lijkt in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}

{{/empty(articles)}}
{{#isPupil}}
In het gesprek willen wij met u bespreken wat er is gebeurd, hoe u en
{{{pupil.firstName}}} daarnaar kijken en welke afspraken wij maken om
herhaling te voorkomen.
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

Kunt u niet op dit tijdstip, neem dan contact met mij op, zodat wij een
andere afspraak kunnen maken.

{{^isStaff}}
Van het gesprek maken wij een verslag. U ontvangt een kopie; het verslag
wordt opgenomen in het leerlingdossier van {{{pupil.name}}}.
{{/isStaff}}
{{#isStaff}}
Van het gesprek maken wij een verslag. U ontvangt een kopie; het verslag
wordt opgenomen in uw personeelsdossier.
{{/isStaff}}

Met vriendelijke groet,


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

Aan {{{parentNames}}}
{{^parents}}
van {{{pupil.name}}}
{{/parents}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: uitnodiging hoorgesprek over {{{pupil.name}}}

Geachte ouders/verzorgers van {{{pupil.firstName}}},

Het bevoegd gezag van onze school overweegt {{{pupil.firstName}}} van school
te verwijderen. Er is nog geen besluit genomen. Voordat het bevoegd gezag
een besluit neemt, wil het u horen. Dat schrijft de wet voor (artikel 40
van de Wet op het primair onderwijs), en wij vinden het ook zelf belangrijk
om uw kant van de zaak te kennen.

Aanleiding

{{#isParent}}
De aanleiding is het gedrag van {{{subject.name}}}{{^empty(incident.platform)}}
op {{{incident.platform}}}{{/empty(incident.platform)}}. Het gaat om het volgende:
{{/isParent}}
{{^isParent}}
De aanleiding is het gedrag van {{{pupil.firstName}}}{{^empty(incident.platform)}}
op {{{incident.platform}}}{{/empty(incident.platform)}}. Het gaat om het volgende:
{{/isParent}}

{{{case.summary}}}

Dit is in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}
{{#hasStep}}

Eerder in deze zaak is al de volgende maatregel genomen: {{{step.rung}}}
(besluit van {{{step.date}}}).
{{/hasStep}}

Het gesprek

Ik nodig u uit voor een hoorgesprek:

  Datum en tijd: [datum en tijd]
  Plaats:        {{{school.name}}}{{^empty(school.town)}}, {{{school.town}}}{{/empty(school.town)}}
  Namens school: {{{director.name}}}, {{{director.role}}}

In het gesprek kunt u uw kijk op de feiten en op een mogelijke verwijdering
naar voren brengen. U mag iemand meenemen om u bij te staan, bijvoorbeeld
een vertrouwenspersoon of een advocaat. Laat u mij vooraf weten wie u
meeneemt?

Ook de groepsleerkracht van {{{pupil.firstName}}} wordt gehoord, zoals de wet
voorschrijft.

U kunt het dossier van deze zaak vóór het gesprek op school inzien. Neem
daarvoor contact met mij op. Van het gesprek maken wij een verslag; u
ontvangt een kopie en kunt daarop reageren. Het verslag wordt opgenomen in
het leerlingdossier van {{{pupil.name}}}.

Kunt u niet op het genoemde tijdstip, neem dan zo snel mogelijk contact
met mij op, zodat wij een andere afspraak kunnen maken.

Na het horen van u en van de groepsleerkracht beslist het bevoegd gezag.
Als het besluit tot verwijdering wordt genomen, ontvangt u dat schriftelijk,
met de redenen en met uitleg over de mogelijkheid van bezwaar.

Met vriendelijke groet,


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

Aan {{{parentNames}}}
{{^parents}}
van {{{pupil.name}}}
{{/parents}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: besluit tot verwijdering van {{{pupil.name}}}

Geachte ouders/verzorgers van {{{pupil.firstName}}},

Met deze brief deel ik u mee dat het bevoegd gezag van onze school heeft
besloten {{{pupil.firstName}}} van school te verwijderen. Dit besluit is
genomen op grond van artikel 40 van de Wet op het primair onderwijs (WPO).

  Leerling:              {{{pupil.name}}}
{{^empty(pupil.group)}}
  Groep:                 {{{pupil.group}}}
{{/empty(pupil.group)}}
{{#hasStep}}
  Datum van het besluit: {{{step.date}}}
{{/hasStep}}
{{^hasStep}}
  Datum van het besluit: {{{today}}}
{{/hasStep}}

Redenen van het besluit

{{#isParent}}
Dit besluit is genomen vanwege het gedrag van {{{subject.name}}}, niet
vanwege het gedrag van {{{pupil.firstName}}}. Het gaat om het volgende:

{{/isParent}}
{{{case.summary}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Dit is in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}
{{#hasStep}}
{{^empty(step.justification)}}

Wij hebben niet eerst een lichtere maatregel genomen, om de volgende reden:
{{{step.justification}}}
{{/empty(step.justification)}}
{{/hasStep}}

Voordat dit besluit werd genomen, zijn de groepsleerkracht van
{{{pupil.firstName}}} en u gehoord. De verslagen van die gesprekken zijn
opgenomen in het leerlingdossier. [Wat u in het hoorgesprek naar voren
bracht en waarom dat niet tot een ander besluit heeft geleid.]

Zoeken naar een andere school

De verwijdering is pas definitief als een andere school bereid is
{{{pupil.firstName}}} toe te laten. Het bevoegd gezag zoekt actief naar zo'n
school en legt die inspanningen vast. Lukt het ondanks aantoonbare
inspanningen niet binnen acht weken, dus uiterlijk op
{{{deadlines.otherSchool}}}, een andere school te vinden, dan kan het
bevoegd gezag {{{pupil.firstName}}} toch definitief verwijderen. Tot de
verwijdering definitief is, blijft {{{pupil.firstName}}} bij ons
ingeschreven. [Afspraken over het onderwijs aan {{{pupil.firstName}}} in de
tussentijd.]

Melding

Het bevoegd gezag meldt dit besluit aan de Inspectie van het Onderwijs en
aan de leerplichtambtenaar van uw gemeente.

Bezwaar

Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de
datum van het besluit, dus uiterlijk op {{{deadlines.objection}}},
schriftelijk bezwaar maken bij het bevoegd gezag. Stuur uw bezwaarschrift
aan:

  Het bevoegd gezag van {{{school.name}}}
  p/a {{{school.name}}}
{{^empty(school.town)}}
  {{{school.town}}}
{{/empty(school.town)}}

Vermeld in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van
deze brief (zaak {{{case.number}}}) en waarom u het niet eens bent met het
besluit, en onderteken het. Het bevoegd gezag geeft u de gelegenheid uw
bezwaar mondeling toe te lichten en beslist binnen vier weken na ontvangst
van uw bezwaarschrift (WPO art. 63). Het maken van bezwaar schort het
besluit niet op.

Binnen dezelfde termijn van zes weken kunt u het geschil ook voorleggen aan
de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl). Het
bevoegd gezag neemt het oordeel van de commissie mee in de beslissing op
uw bezwaar.

Blijft het bevoegd gezag na het bezwaar bij de verwijdering, dan kunt u de
zaak voorleggen aan de rechter: bij een openbare school de
bestuursrechter, bij een school voor bijzonder onderwijs de civiele
rechter.

Ik ben graag bereid dit besluit met u te bespreken. U kunt daarvoor
contact met mij opnemen. Een kopie van deze brief wordt opgenomen in het
leerlingdossier van {{{pupil.name}}}.

Met vriendelijke groet,
namens het bevoegd gezag van {{{school.name}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/voornemen-maatregel.mustache", #"""
{{! title: Voornemen disciplinaire maatregel (aangetekend) }}
{{^isStaff}}
[Dit sjabloon is bedoeld voor een zaak over een medewerker. Kies voor een
leerling of ouder bijvoorbeeld "Schriftelijke waarschuwing" of "Besluit tot
schorsing".]
{{/isStaff}}
{{#isStaff}}
{{{school.name}}}

AANGETEKEND

Aan {{{subject.name}}}
[adres]

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: voornemen tot het opleggen van een disciplinaire maatregel

Geachte {{{subject.name}}},

Met deze brief deel ik u mee dat het bevoegd gezag van onze school het
voornemen heeft u wegens plichtsverzuim een disciplinaire maatregel op te
leggen, zoals bedoeld in de CAO PO.

  Medewerker:            {{{subject.name}}}
{{^empty(subject.function)}}
  Functie:               {{{subject.function}}}
{{/empty(subject.function)}}
{{#hasStep}}
  Voorgenomen maatregel: {{{step.rung}}}
{{^empty(step.days)}}
  Duur:                  {{{step.days}}} dagen
{{/empty(step.days)}}
{{^empty(step.start)}}
  Van:                   {{{step.start}}}
  Tot en met:            {{{step.end}}}
{{/empty(step.start)}}
{{/hasStep}}
{{^hasStep}}
  Voorgenomen maatregel: [schriftelijke berisping, schorsing of ontslag]
{{/hasStep}}

De feiten

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over uw gedrag{{^empty(incident.platform)}}
op {{{incident.platform}}}{{/empty(incident.platform)}}.
Uit ons onderzoek is het volgende gebleken:

{{{case.summary}}}
{{#hasStep}}
{{^empty(step.reason)}}

{{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

Plichtsverzuim

Met dit gedrag heeft u gehandeld in strijd met de volgende artikelen van
ons protocol, het {{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}

Onder plichtsverzuim valt zowel het overtreden van een voorschrift als het
doen of nalaten van iets wat een goed werknemer in gelijke omstandigheden
behoort na te laten of te doen. Het bevoegd gezag merkt uw gedrag aan als
plichtsverzuim.
{{#hasStep}}
{{^empty(step.justification)}}

Het bevoegd gezag kiest voor deze maatregel en niet voor een lichtere, om
de volgende reden:
{{{step.justification}}}
{{/empty(step.justification)}}
{{/hasStep}}

Uw zienswijze

Voordat het bevoegd gezag een besluit neemt, krijgt u de gelegenheid uw
zienswijze op dit voornemen te geven. Dat kan schriftelijk of mondeling,
binnen tien werkdagen na dagtekening van deze brief. Wilt u mondeling
worden gehoord, neem dan binnen die termijn contact met mij op voor een
afspraak. U kunt zich laten bijstaan door een raadsman, bijvoorbeeld van
uw vakbond.

Geeft u binnen deze termijn geen zienswijze, dan neemt het bevoegd gezag
een besluit op grond van de gegevens die het nu heeft. Het besluit ontvangt
u schriftelijk.

Deze brief wordt aangetekend verzonden en opgenomen in uw
personeelsdossier.

Met vriendelijke groet,
namens het bevoegd gezag van {{{school.name}}},


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}
{{/isStaff}}

"""#),
        ("templates/waarschuwing.mustache", #"""
{{! title: Schriftelijke waarschuwing }}
{{{school.name}}}

{{#isPupil}}
Aan {{{parentNames}}}
{{^parents}}
van {{{pupil.name}}}
{{/parents}}
{{/isPupil}}
{{^isPupil}}
Aan {{{subject.name}}}
{{/isPupil}}

{{^empty(school.town)}}{{{school.town}}}, {{/empty(school.town)}}{{{today}}}

Ons kenmerk: zaak {{{case.number}}}
Betreft: schriftelijke waarschuwing

{{#isPupil}}
Geachte ouders/verzorgers van {{{pupil.firstName}}},

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over het gedrag
van {{{pupil.firstName}}}{{^empty(incident.platform)}} op {{{incident.platform}}}{{/empty(incident.platform)}}. Het gaat om het volgende:
{{/isPupil}}
{{^isPupil}}
Geachte {{{subject.name}}},

Wij hebben{{^empty(incident.date)}} op {{{incident.date}}}{{/empty(incident.date)}} een melding ontvangen over uw gedrag{{^empty(incident.platform)}}
op {{{incident.platform}}}{{/empty(incident.platform)}}.
Het gaat om het volgende:
{{/isPupil}}

{{{case.summary}}}

Dit is in strijd met de volgende afspraken uit ons protocol, het
{{{protocol.document}}}:
{{#articles}}

Artikel {{{id}}} ({{{title}}}):
"{{{text}}}"
{{/articles}}

{{#isPupil}}
Wij vinden dit gedrag niet acceptabel. Daarom geven wij {{{pupil.firstName}}}
hierbij een schriftelijke waarschuwing. Wij vragen u het voorval thuis met
{{{pupil.firstName}}} te bespreken.
{{/isPupil}}
{{#isParent}}
Wij vinden dit gedrag niet acceptabel. Wij verwachten van ouders en
verzorgers dat zij zich aan de afspraken van ons protocol houden, juist ook
omdat kinderen het voorbeeld van volwassenen volgen. Daarom geven wij u
hierbij een schriftelijke waarschuwing.
{{/isParent}}
{{#isStaff}}
Wij vinden dit gedrag niet passend bij uw functie op onze school. Daarom
geef ik u hierbij een schriftelijke waarschuwing. Deze waarschuwing is geen
disciplinaire maatregel in de zin van de CAO PO; zij legt vast welk gedrag
wij van u verwachten.
{{/isStaff}}
{{#hasStep}}
{{^empty(step.reason)}}

Toelichting: {{{step.reason}}}
{{/empty(step.reason)}}
{{/hasStep}}

{{#isPupil}}
Als {{{pupil.firstName}}} zich opnieuw niet aan deze afspraken houdt, kunnen
wij zwaardere maatregelen nemen, zoals een schorsing of, in het uiterste
geval, verwijdering van school.
{{/isPupil}}
{{#isParent}}
Als u zich opnieuw niet aan deze afspraken houdt, kunnen wij zwaardere
maatregelen nemen, zoals een schorsing (het ontzeggen van de toegang tot de
school) of, in het uiterste geval, verwijdering van
{{{pupil.firstName}}} van school.
{{/isParent}}
{{#isStaff}}
Als u zich opnieuw niet aan deze afspraken houdt, kan het bevoegd gezag een
disciplinaire maatregel opleggen, zoals een schriftelijke berisping, een
schorsing of ontslag.
{{/isStaff}}

{{^isStaff}}
Ik ga hierover graag met u in gesprek. U kunt daarvoor contact opnemen met
de school. Een kopie van deze brief wordt opgenomen in het leerlingdossier
van {{{pupil.firstName}}}.
{{/isStaff}}
{{#isStaff}}
Ik ga hierover graag met u in gesprek; u kunt daarvoor een afspraak met mij
maken. Een kopie van deze brief wordt opgenomen in uw personeelsdossier.
{{/isStaff}}

Met vriendelijke groet,


{{{director.name}}}
{{{director.role}}}, {{{school.name}}}

"""#),
    ]
}
