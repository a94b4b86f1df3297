using FinExtract.Documents;
using FinExtract.Entities;
using FinExtract.Input;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Entities;

public class EntityStageTests
{
    private static Article Run(string text) => ShippedPipeline.Run(text);

    private static EntityMention At(Article a, string mention) =>
        a.Entities.First(e => a.Body[e.Start..e.End] == mention);

    /// <summary>The text's first mention of <paramref name="name"/> has the type and the rule id given.</summary>
    private static void IsTypedBy(string text, string name, string type, string rule)
    {
        var m = At(Run(text), name);
        Assert.Equal((type, rule), (m.Type, m.Rule));
    }

    /// <summary>The text has a mention of <paramref name="name"/> of <paramref name="type"/> (others of the same words may stand beside it).</summary>
    private static void HasA(string text, string name, string type) =>
        Assert.Contains(Run(text).Entities, e => e.Type == type && text[e.Start..e.End] == name);

    /// <summary>The text has no mention of <paramref name="name"/> of <paramref name="type"/>.</summary>
    private static void HasNo(string text, string name, string type) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == type && text[e.Start..e.End] == name);

    /// <summary>The text names <paramref name="name"/> once, as an organisation.</summary>
    private static void IsOneOrganisation(string text, string name) => IsOne(text, name, "ORG");

    /// <summary>The text names <paramref name="name"/> once, as an entity of <paramref name="type"/>.</summary>
    private static void IsOne(string text, string name, string type)
    {
        var a = Run(text);
        Assert.Equal(type, Assert.Single(a.Entities, x => a.Body[x.Start..x.End] == name).Type);
    }

    /// <summary>A body named after a person keeps the person's initials, written as one word or apart.</summary>
    [Theory]
    [InlineData("Researchers used the W.M. Tarvel Observatory in Hawaii.", "W.M. Tarvel Observatory")]
    [InlineData("Researchers used the W. M. Tarvel Observatory in Hawaii.", "W. M. Tarvel Observatory")]
    [InlineData("The award came from the J. Paul Quorvin Museum last year.", "J. Paul Quorvin Museum")]
    public void InitialsBeforeABodysName_ArePartOfIt(string text, string name) => IsOneOrganisation(text, name);

    /// <summary>
    /// A sentence's first word is dropped from a name as a participle or adverb only when it has no second capital: a hyphenated
    /// given name or a surname like "McNally" opens the name; a hyphenated participle still does not.
    /// </summary>
    [Theory]
    [InlineData("Mei-Ling Tarvel, who founded the company in 2009, will step down.", "Mei-Ling Tarvel", "PERSON")]
    [InlineData("McNally Tarvel Media is opening a new office in May.", "McNally Tarvel Media", "ORG")]
    [InlineData("Newly-listed Quorvin Holdings fell 4% on Monday.", "Quorvin Holdings", "ORG")]
    public void ASentencesFirstWord_IsAParticipleOnlyWithoutASecondCapital(string text, string name, string type) => IsOne(text, name, type);

    /// <summary>A player's position before the name makes it a person's, at a sentence's start too.</summary>
    [Theory]
    [InlineData("Winger Ivo Tarnwell joined on a free transfer.", "Ivo Tarnwell")]
    [InlineData("The club sold wicketkeeper Ada Kessmoor to a rival.", "Ada Kessmoor")]
    public void APlayersPosition_BeforeAName_MakesItAPerson(string text, string name) => IsOne(text, name, "PERSON");

    /// <summary>Makers of consumer electronics are known companies, with their ticker where listed; a wire's index code after a dot is none.</summary>
    [Fact]
    public void ConsumerElectronicsMakers_AreKnown_AndAnIndexCodeIsNot()
    {
        var a = Run("Tarvel's speakers compete with Sonos and Bose, and its drones with DJI.");
        Assert.Equal("SONO", At(a, "Sonos").Ticker);
        Assert.Equal("ORG", At(a, "Bose").Type);
        Assert.Equal("ORG", At(a, "DJI").Type);
        var b = Run("The Dow industrials index .DJI ended the week 2% lower.");
        Assert.DoesNotContain(b.Entities, e => b.Body[e.Start..e.End] == "DJI");
    }

    /// <summary>A name described by the place a firm is based in, where it is listed or who owns it is an organisation's; a product
    /// described by what it is built on is not.</summary>
    [Theory]
    [InlineData("Shares fell after London-based Quellmark cut its forecast.", "Quellmark", "ORG")]
    [InlineData("The plant was bought by Nasdaq-listed Vostrel last year.", "Vostrel", "ORG")]
    [InlineData("Workers at state-owned Pelleko went on strike.", "Pelleko", "ORG")]
    public void ANameDescribedAsAFirm_IsAnOrganisation(string text, string name, string type) => HasA(text, name, type);

    [Fact]
    public void AProductDescribedByWhatItIsBuiltOn_IsNoOrganisation() =>
        HasNo("Tarvel unveiled a new Quorvin-based Zintabook on Monday.", "Zintabook", "ORG");

    /// <summary>"General" runs on inside a name when an organisation's word follows it; a firm of professionals is named by their plural.</summary>
    [Theory]
    [InlineData("Patients were moved to Harlow General Hospital on Friday.", "Harlow General Hospital")]
    [InlineData("The claim was paid by Tarvel General Insurance last year.", "Tarvel General Insurance")]
    [InlineData("The tower was designed by Ilvers Architects in 2019.", "Ilvers Architects")]
    [InlineData("The buyer was advised by Marsh Quarles Solicitors.", "Marsh Quarles Solicitors")]
    [InlineData("Kessmoor Consultants wrote the report.", "Kessmoor Consultants")]
    [InlineData("Harlow Bros. opened a store in the town.", "Harlow Bros")]
    public void AGeneralOrAProfessionInsideAName_KeepsTheBodyWhole(string text, string name) => IsOneOrganisation(text, name);

    /// <summary>A team named by the plural at the end of its name links to it inside a sentence; at a sentence's start the plural may be a common noun.</summary>
    [Fact]
    public void ATeamsPluralNickname_LinksToTheTeam()
    {
        var a = Run("The Tarnwell Rovers beat Harlow 2-1 on Sunday. The Rovers had lost twice before.");
        var team = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "Tarnwell Rovers");
        Assert.Equal(team.EntityId, Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "Rovers").EntityId);
        var b = Run("Shares of Quorvin Brothers rose on Monday. Brothers of the founder sold stock.");
        Assert.DoesNotContain(b.Entities, e => b.Body[e.Start..e.End] == "Brothers");
    }

    [Fact]
    public void ABodyNamedWithInitials_IsNamedWithoutThemToo()
    {
        var a = Run("The W. M. Tarvel Observatory opened in 1993. Tarvel staff said the site was busy.");
        var full = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "W. M. Tarvel Observatory");
        Assert.Equal(full.EntityId, Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "Tarvel").EntityId);
    }

    /// <summary>A name that ends in "United" is a club's or a group's; one that starts with it is not made an organisation by it.</summary>
    [Theory]
    [InlineData("Harlow United drew 1-1 with the league leaders on Friday.", "Harlow United")]
    [InlineData("The lawsuit was brought by Voters United, a small campaign group.", "Voters United")]
    [InlineData("Ivo Marsh signed for Kessmoor Utd in the summer.", "Kessmoor Utd")]
    public void ANameEndingInUnited_IsAnOrganisation(string text, string name) => IsOne(text, name, "ORG");

    [Fact]
    public void UnitedOpeningAName_IsNoClub()
    {
        var a = Run("Exports to the United States rose, the United Kingdom said.");
        Assert.DoesNotContain(a.Entities, x => a.Body[x.Start..x.End] is "United States" or "United Kingdom" && x.Type == "ORG");
    }

    /// <summary>Names joined by an ampersand are a firm's; common nouns, citations, places, index names and people so joined are not.</summary>
    [Theory]
    [InlineData("Buyers can also order the laptop from K&R, which ships next week.", "K&R")]
    [InlineData("Prices were cut by Harlow & Marsh on older models this week.", "Harlow & Marsh")]
    [InlineData("The speakers are made by Tarvel & Quorvin in a small plant.", "Tarvel & Quorvin")]
    [InlineData("The shop was run by Tomas Ilvers & Sons for many years.", "Tomas Ilvers & Sons")]
    public void NamesJoinedByAnAmpersand_AreAFirm(string text, string name) => IsOne(text, name, "ORG");

    [Fact]
    public void TwoFullNamesJoinedByAnAmpersand_AreTwoPeople()
    {
        var a = Run("The morning show is hosted by Ada Quarles & Ivo Kessler on weekdays.");
        Assert.Equal("PERSON", At(a, "Ada Quarles").Type);
        Assert.Equal("PERSON", At(a, "Ivo Kessler").Type);
    }

    [Theory]
    [InlineData("Read more in our Health & Fitness pages this week.", "Health & Fitness")]
    [InlineData("Bees live about two months (Marsh & Quarles, 2017) in the wild.", "Marsh & Quarles")]
    [InlineData("Join the Q&A session with the panel on Friday.", "Q&A")]
    [InlineData("Shares in the S&P 500 rose, and S&P sectors were mixed.", "S&P")]
    [InlineData("The painter Quorvin Tallis & Ivo's father ran the gallery together.", "Quorvin Tallis & Ivo")]
    public void CommonNounsCitationsIndicesAndPeople_JoinedByAnAmpersand_AreNoFirm(string text, string name)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == name && e.Type == "ORG");
    }

    /// <summary>A name, a lower-case description between commas, then a verb of saying: a person, unless the description is a body's.</summary>
    [Fact]
    public void ANameDescribedBeforeAVerbOfSaying_IsAPerson()
    {
        var a = Run("Rents rose again this year. Quorvey Tallis, another tenant, said the rise came without warning.");
        Assert.Equal("PERSON", At(a, "Quorvey Tallis").Type);
        var b = Run("Rents rose again this year. Harlow Mills, a local employer, said wages would rise.");
        Assert.DoesNotContain(b.Entities, e => b.Body[e.Start..e.End] == "Harlow Mills" && e.Type == "PERSON");
    }

    /// <summary>"He" with a capital right after one name word is a given name ("Tan He", "Ivo He"), not the pronoun.</summary>
    [Fact]
    public void HeAfterANameWord_IsPartOfThePersonsName()
    {
        var a = Run("Finance minister Tan He spoke first, and Tan He said the budget would balance.");
        Assert.Equal(2, a.Entities.Count(e => a.Body[e.Start..e.End] == "Tan He" && e.Type == "PERSON"));
        var b = Run("Ivo Marsh left early. He said the talks went well.");
        Assert.DoesNotContain(b.Entities, e => b.Body[e.Start..e.End].Contains("He"));
    }

    /// <summary>Words of a handle, an address or a link's path, joined by "@" or "_", are no mention of a name.</summary>
    [Fact]
    public void WordsOfAHandleOrALinkPath_AreNoMentions()
    {
        var a = Run("Quorvin Media said sales rose. Follow Quorvin Media on Twitter (@QRV_News) or write to news@TarvelMail.com today.");
        Assert.DoesNotContain(a.Entities, e => e.Start > 0 && a.Body[e.Start - 1] is '@' or '_' || e.End < a.Body.Length && a.Body[e.End] == '_');
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == "Quorvin Media" && e.Type == "ORG");
    }

    /// <summary>A paper whose own name opens with "The" is named with it, however the text writes it.</summary>
    [Theory]
    [InlineData("Ivo Marsh told the New York Times on Monday that he would stay.", "New York Times", "The New York Times")]
    [InlineData("The plan was first reported by the Wall Street Journal last week.", "Wall Street Journal", "The Wall Street Journal")]
    public void APapersCanonicalName_IsItsOwn(string text, string mention, string name) => Assert.Equal(name, At(Run(text), mention).Name);

    /// <summary>A name marked ® or ™ is a brand, though it reads as a person's; a company the lists know keeps its type.</summary>
    [Fact]
    public void ATrademarkedName_IsAProduct_NotAPerson()
    {
        var a = Run("Season the fish with Kessa Vrell® Sea Salt before serving. Tarvel™ pans are sold separately. Microsoft® shares rose.");
        Assert.Equal("PRODUCT", At(a, "Kessa Vrell").Type);
        Assert.Equal("PRODUCT", At(a, "Tarvel").Type);
        Assert.Equal("ORG", At(a, "Microsoft").Type);
        var b = Run("Season the fish with salt, Kessa Vrell said.");
        Assert.Equal("PERSON", At(b, "Kessa Vrell").Type);
    }

    [Fact]
    public void ANameHoldingAnAbstractNoun_IsNoPerson()
    {
        var a = Run("The survey of fees was written by Tarvel Education for the ministry. Ferry tickets are sold by Quorvale Destinations at the pier.");
        Assert.Equal("ORG", At(a, "Tarvel Education").Type);
        Assert.Equal("heuristic.abstract-noun-name", At(a, "Tarvel Education").Rule);
        Assert.Equal("ORG", At(a, "Quorvale Destinations").Type);
        var b = Run("The survey of fees was written by Ada Quarles for the ministry.");
        Assert.Equal("PERSON", At(b, "Ada Quarles").Type);
    }

    /// <summary>A name before a role of two words, or at a sentence's start, and a person's name is where the person works.</summary>
    [Theory]
    [InlineData("Margins held up in the spring. KVRA chief executive Ada Quarles expects the same for the autumn.", "KVRA")]
    [InlineData("Output rose in May. Tarvolex founder Ivo Marsh wants a second plant by next year.", "Tarvolex")]
    [InlineData("Freight costs fell again. Quorvail managing director Tomas Ilvers blamed the weather for the delays.", "Quorvail")]
    public void ANameBeforeALongerRoleOrAtASentenceStart_IsTheirEmployer(string text, string name) => IsOneOrganisation(text, name);

    [Theory]
    [InlineData("Margins held up in the spring. Former chief executive Ada Quarles expects the same for the autumn.", "Former")]
    [InlineData("Margins held up in the spring. Group chief executive Ada Quarles expects the same for the autumn.", "Group")]
    public void ACommonWordBeforeARoleAtASentenceStart_IsNoEmployer(string text, string word)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == word);
        Assert.Equal("PERSON", At(a, "Ada Quarles").Type);
    }

    [Fact]
    public void AnAcronymDefinedAsACompoundOfCommonWords_IsATerm_NotABody()
    {
        // "AP" is also the news agency's short name in the organisations list
        var a = Run("Tarvel sells Accounts Payable (AP) software and Supply Chain Planning (SCP) tools to retailers. Its AP software and "
            + "SCP tools sold well this year, and AP sales rose by a third while SCP sales held.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] is "AP" or "SCP");
        var b = Run("Parents for Safe Roads (PSR) met on Monday. PSR wants lower speed limits near schools, and PSR will meet the council.");
        Assert.Equal("ORG", At(b, "PSR").Type);
    }

    [Fact]
    public void ANameInIntercapsBeforeACountry_IsTheFirmsUnitThere() =>
        IsOneOrganisation("Two new plants were opened near the coast by QuorvinHealth Ghana this spring, the firm said.", "QuorvinHealth Ghana");

    /// <summary>A surname that is also an event's last word ("Day", "Law") after a title or before a verb of saying.</summary>
    [Theory]
    [InlineData("Buses will run on Sunday. Mayor Ivo Day said the timetable would be kept.", "Ivo Day")]
    [InlineData("Buses will run on Sunday. Tomas Law said the timetable would be kept.", "Tomas Law")]
    public void AGivenNameAndASurnameThatEndsEvents_AreAPerson(string text, string name) => IsOne(text, name, "PERSON");

    [Fact]
    public void AnEventNamedAfterAGivenName_StaysNoPerson()
    {
        var a = Run("Most shops close on Victoria Day this year, and the parade starts at noon.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    [Fact]
    public void ThaiAndRussianLegalForms_CloseACompanyName()
    {
        var a = Run("The field is run by Tarvia Power Pcl, a unit of Kessa Grain JSC, which said output rose.");
        Assert.Equal("ORG", At(a, "Tarvia Power Pcl").Type);
        Assert.Equal("ORG", At(a, "Kessa Grain JSC").Type);
    }

    [Fact]
    public void TickerInParentheses_IsAMentionOfItsCompany_WithTickerAndExchange()
    {
        var a = Run("Northwind Semiconductor Corp. (NASDAQ: NWSC) said revenue rose. Northwind shares climbed.");
        var full = At(a, "Northwind Semiconductor Corp.");
        var ticker = At(a, "NWSC");
        Assert.Equal("ORG", ticker.Type);
        Assert.Equal(full.EntityId, ticker.EntityId);
        Assert.Equal("NWSC", ticker.Ticker);
        Assert.Equal("NASDAQ", ticker.Exchange);
        Assert.Equal(full.EntityId, At(a, "Northwind").EntityId);
        Assert.Equal("ORG", At(a, "NASDAQ").Type);
    }

    [Theory]
    [InlineData("Is Harbour Mills Worth More Than Its Rival? Investors Say Over Kestrel Labs Deserves the Premium.")]
    [InlineData("Why Investors Still Prefer Harbour Mills Over Kestrel Labs")]
    public void InATitleCaseHeadline_ACapitalisedCommonWord_NeverOpensAName(string headline)
    {
        var a = Run(headline + "\n\nKestrel Labs makes printers. Kestrel shares rose 3% on Tuesday.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].StartsWith("Over", StringComparison.Ordinal));
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON" && e.Name.Contains("Kestrel", StringComparison.Ordinal));
    }

    [Fact]
    public void InProse_ANamePrefixWord_StillOpensAName() =>
        Assert.Contains(Run("The retailer said New Look Retailers Ltd would close 20 stores, and New Look shares fell.").Entities,
            e => e.Name == "New Look Retailers Ltd" && e.Type == "ORG");

    [Theory]
    [InlineData("Savers who open an RRSP in March can still deduct it. The RRSP rules changed in 2019, and RRSP limits rose.", "RRSP")]
    [InlineData("The bank named a new CIO on Monday. The CIO will report to the board, and the CIO role was vacant.", "CIO")]
    [InlineData("Growth in GDP slowed. Output in GDP terms fell in the quarter, as GDP data showed.", "GDP")]
    [InlineData("Profit was ISK 4,100 million. Costs in ISK rose, and ISK deposits fell.", "ISK")] // a currency code
    [InlineData("The peso ended at 4,000 per dollar; COP bonds rallied as COP liquidity improved.", "COP")]
    [InlineData("Live: Varn bowls. SIX!!! Another SIX off the last ball, a six to remember.", "SIX")]
    [InlineData("Set ROOT_DIR = here, then ROOT_DIR again in the script, and ROOT_DIR once more.", "ROOT")]
    [InlineData("The drive reads 2.2 QB per second; the old one read 1.9 QB, and a third 0.8 QB.", "QB")]
    [InlineData("Updated 17:45 (IST). Updated 18:10 (IST), when rain stopped play. Updated 19:00 (IST).", "IST")]
    [InlineData("Hotels emptied when MERS reached the city. MERS cases fell by June, and MERS testing ended.", "MERS")] // a disease
    [InlineData("Tarvel earns more from PCs than from phones. Sales of PCs rose in May, and PCs got dearer.", "PCs")] // letters in the plural
    [InlineData("She will sing at the QMAs in June. The QMAs are held in Harlow, and the QMAs sold out.", "QMAs")]
    public void AnUpperCaseCommonNoun_IsNoName_WhateverItsCuesOrRepeats(string text, string word)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == word);
    }

    [Theory]
    [InlineData("Vardon striker Jan Smit scored twice on Sunday.", "Jan Smit")]
    [InlineData("Analyst Jan Hrubes said the bank would cut rates.", "Jan Hrubes")]
    [InlineData("The deal, said Jan Dvorak of Prague, was a good one.", "Jan Dvorak")]
    public void AMonthShortFormThatIsAGivenName_OpensAName_BeforeACapitalisedWord(string text, string name) => AssertPerson(text, name);

    [Theory]
    [InlineData("The flat sold in a week. Agent Carla Ostrow said buyers loved the view.", "Carla Ostrow")]
    [InlineData("Broker Carla Ostrow said the shares were cheap.", "Carla Ostrow")]
    public void AnAgentsOrBrokersTitle_IsNoPartOfTheName(string text, string name) => AssertPerson(text, name);

    /// <summary>A party or a nationality before a given name and a surname describes the person, with or without where they are from.</summary>
    [Theory]
    [InlineData("The vote was close. Democrat Ada Quarles of Tarvia questioned the plan.", "Ada Quarles")]
    [InlineData("The vote was close. Republican Ivo Marsh of Harlow voted for it.", "Ivo Marsh")]
    [InlineData("The race was close. Ukrainian Mina Okafor won the final.", "Mina Okafor")]
    [InlineData("The film opened on Friday. Writer Ada Quarles said it was far too long.", "Ada Quarles")]
    [InlineData("The film opened on Friday. Reviewer Ivo Marsh says it is worth the wait.", "Ivo Marsh")]
    public void APartyOrANationalityBeforeAName_DescribesThePerson(string text, string name) => AssertPerson(text, name);

    /// <summary>A long capitalised word before a given name describes a person only when no word after it names a body or a place.</summary>
    [Fact]
    public void ALongWordBeforeAGivenName_AndABodysWord_IsNoDescribedPerson()
    {
        var a = Run("Visitors came all summer. Currently, the U.S. National Park Service only owns a few acres of the site.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    /// <summary>Names whose given name no list holds, after a verb of saying and a noun for who speaks.</summary>
    [Theory]
    [InlineData("\u201cThe buses never came,\u201d said commuter Quillan Vostrade.", "Quillan Vostrade")]
    [InlineData("\u201cPrices doubled in a year,\u201d says resident Ordell Brakke, who has lived there since 1990.", "Ordell Brakke")]
    public void AfterAVerbOfSayingAndANounForTheSpeaker_ANameEndingTheClause_IsAPerson(string text, string name) => AssertPerson(text, name);

    [Fact]
    public void AfterAVerbOfSayingAndAnAdverb_ACompanyIsNoPerson() =>
        Assert.DoesNotContain(Run("\u201cWe will appeal,\u201d said yesterday's statement from Harlow Foods Ltd.").Entities,
            e => e.Type == "PERSON");

    /// <summary>"said Harlow Health Agency Director-General Dr. Mina Okafor": a role in title case after the body's name is no part of it.</summary>
    [Fact]
    public void ATitleCaseRoleAfterAnOrganisationWord_IsNoPartOfTheOrganisationsName() =>
        Assert.Contains(Run("“We act now,” said Harlow Health Agency Director-General Dr. Mina Okafor.").Entities,
            e => e.Type == "ORG" && e.Name == "Harlow Health Agency");

    /// <summary>After "is" or "was", a kind of organisation behind a preposition, or a site, does not make the name before it one.</summary>
    [Theory]
    [InlineData("Runa said that Orrinford was a member of the union for years.", "Orrinford")]
    [InlineData("The Vale of Quorn is a listed site where rare orchids grow.", "Vale of Quorn")]
    public void AfterIs_AMemberOfAnOrganisationOrASite_IsNoOrganisation(string text, string name) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "ORG" && text[e.Start..e.End] == name);

    /// <summary>
    /// A word in capitals written only before numbers heads a designation (a product line, a bill), not an organisation, even when
    /// a list knows a company of that name; written on its own too, it stays the organisation.
    /// </summary>
    [Theory]
    [InlineData("The IBM 5150 sold well in its first year, and the IBM 5160 followed in 1983.", "IBM", false)]
    [InlineData("Senators tabled SB 1161 in May and passed SB 1161 in June.", "SB", false)]
    [InlineData("The IBM 5150 sold well, the IBM 5160 followed in 1983, and IBM machines soon filled offices.", "IBM", false)]
    [InlineData("IBM said on Monday that the IBM 5150 had sold well in its first year.", "IBM", true)]
    public void AWordInCapitalsOnlyBeforeNumbers_HeadsADesignation(string text, string word, bool organisation) =>
        Assert.Equal(organisation, Run(text).Entities.Any(e => e.Type == "ORG" && text[e.Start..e.End] == word));

    /// <summary>"Vodafone Australia", "Tarn Ltd UK": a company's unit in a country is one organisation.</summary>
    [Theory]
    [InlineData("Customers of Vodafone Australia lost service for a day.", "Vodafone Australia")]
    [InlineData("The plan will see Ford Australia become a design centre.", "Ford Australia")]
    [InlineData("Sales at Vodafone Europe fell 5% in May.", "Vodafone Europe")]
    [InlineData("The chief operating officer of Ford North America left in May.", "Ford North America")]
    public void ACompanyFollowedByACountry_IsItsUnitThere(string text, string name) =>
        HasA(text, name, "ORG");

    [Theory]
    [InlineData("An adviser told Vodafone Australia would have to pay more.", "Australia")]
    [InlineData("The European Union UK talks resume on Monday.", "European Union")]
    [InlineData("The NATO Ukraine council met on Monday.", "NATO")]
    [InlineData("The Senate Europe debate ran late.", "Senate")]
    public void AfterAVerbOfTellingOrAPublicBody_TheCountryStaysApart(string text, string apart) =>
        Assert.Contains(Run(text).Entities, e => text[e.Start..e.End] == apart);

    /// <summary>How Italian, Portuguese and Spanish papers write the United States short: "gli Usa", "EE.UU.".</summary>
    [Theory]
    [InlineData("Il nuovo ambasciatore Usa arriva domani a Roma.", "Usa")]
    [InlineData("El acuerdo con EE.UU. se firmará en mayo.", "EE.UU.")]
    public void TheUnitedStatesWrittenShortInOtherLanguages_IsThePlace(string text, string mention) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "LOCATION" && e.Name == "United States" && text[e.Start..e.End].TrimEnd('.') == mention.TrimEnd('.'));

    /// <summary>A storm's given name ("Storm Ciarán", "la tempête Ciaran") is no person; a firm named after one keeps its name.</summary>
    [Theory]
    [InlineData("Flights were cancelled after Storm Agnes hit the coast. Storm Agnes also closed two ports.", "Agnes")]
    [InlineData("Oil output fell because of damage caused by Hurricane Laura in the Gulf.", "Laura")]
    [InlineData("Les trains sont à l'arrêt depuis que la tempête Agnes a frappé la côte. La tempête Agnes a aussi fermé les ports.", "Agnes")]
    public void AStormsGivenName_IsNoPerson(string text, string name) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "PERSON" && text[e.Start..e.End].Contains(name));

    [Fact]
    public void AFirmNamedAfterAStorm_IsStillAnOrganisation() =>
        Assert.Contains(Run("Shares of Hurricane Energy fell 4% on Monday.").Entities, e => e.Type == "ORG" && e.Name == "Hurricane Energy");

    /// <summary>"St. Charles County", "Judge Ana St. Clair": a saint's short form with its period is inside the name after it.</summary>
    [Theory]
    [InlineData("A tornado touched down in neighbouring St. Harlow County on Monday.", "St. Harlow County", "LOCATION")]
    [InlineData("The ruling came from Judge Ada St. Quarles on Monday.", "Ada St. Quarles", "PERSON")]
    public void ASaintsShortForm_RunsOnIntoTheName(string text, string name, string type) =>
        Assert.Contains(Run(text).Entities, e => e.Type == type && text[e.Start..e.End] == name);

    /// <summary>A state's senate is a body, even when the state's name is also a given name ("The Virginia Senate voted").</summary>
    [Fact]
    public void AStatesSenate_IsAnOrganisation_NotAPerson() =>
        Assert.Contains(Run("The Georgia Senate voted 31-22 on Monday to pass the bill.").Entities,
            e => e.Type == "ORG" && e.Name == "Georgia Senate");

    /// <summary>"Radio Tarvia", "Tarvia Television", "TV Harlow": a broadcast medium named with a place or a name is the broadcaster
    /// ("Smart TV", "Apple TV" are things: "TV" after a name is left to the other cues).</summary>
    [Theory]
    [InlineData("Ivo Marsh told Radio Tarvia he would run again.", "Radio Tarvia")]
    [InlineData("Officials told Tarvia Television the plan was dead.", "Tarvia Television")]
    [InlineData("TV Harlow said it would show the final live.", "TV Harlow")]
    [InlineData("Radio Canada reported the result first.", "Radio Canada")]
    public void ABroadcastMediumNamedWithAName_IsTheBroadcaster(string text, string name) => HasA(text, name, "ORG");

    [Fact]
    public void ATelevisionSetNamedByItsKind_IsNoBroadcaster() => HasNo("The Smart TV market grew last year.", "Smart TV", "ORG");

    /// <summary>"an analyst at Ada Quarles": people work at firms, so a name that reads as a person's after a profession and "at" is one.</summary>
    [Theory]
    [InlineData("Ivo Marsh, an analyst at Charles Harrowby, said the shares were cheap.", "Charles Harrowby")]
    [InlineData("Lena Marsh, Chief Investment Officer at Sandra Kessmoor, told clients to wait.", "Sandra Kessmoor")]
    public void APersonLikeNameWhereSomeoneWorks_IsAFirm(string text, string name)
    {
        var a = Run(text);
        Assert.Contains(a.Entities, e => e.Type == "ORG" && text[e.Start..e.End] == name);
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == name);
    }

    /// <summary>"law firm Ivo Harlow": a name that reads as a person's, right after a noun only a business is, is the business; so
    /// are its other mentions. "the firm Ivo Marsh founded": a verb after it makes the name a relative clause's subject.</summary>
    [Fact]
    public void APersonLikeNameRightAfterABusinessNoun_IsTheBusiness()
    {
        const string text = "Shares in Tarvel fell after investment firm Ada Quarles cut its stake. Ada Quarles holds a fifth of the shares. "
            + "An investor in the firm Ivo Marsh founded said it was cheap.";
        var a = Run(text);
        Assert.Equal(2, a.Entities.Count(e => e.Type == "ORG" && text[e.Start..e.End] == "Ada Quarles"));
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == "Ivo Marsh");
    }

    /// <summary>"Central and Eastern Europe": two parts of a continent named together are one region, not "Central" alone.</summary>
    [Theory]
    [InlineData("Tarvia Air wants a bigger share of Central and Eastern Europe, it said.", "Central and Eastern Europe")]
    [InlineData("Quorvin sells its tractors in North and South America.", "North and South America")]
    public void TwoPartsOfAContinentNamedTogether_AreOneRegion(string text, string mention)
    {
        var a = Run(text);
        Assert.Contains(a.Entities, e => e.Type == "LOCATION" && text[e.Start..e.End] == mention);
        Assert.DoesNotContain(a.Entities, e => text[e.Start..e.End] is "Central" or "North");
    }

    [Theory]
    [InlineData("Fighting resumed in eastern Congo on Monday, aid groups said.", "Congo")]
    [InlineData("Mining output in DR Congo rose by a fifth last year.", "DR Congo")]
    public void TheCongoWrittenShort_IsThePlace(string text, string mention) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "LOCATION" && text[e.Start..e.End] == mention);

    /// <summary>A person split out of a longer run whose surname is a place's name ("president of Tarn Pay Jeff Jordan").</summary>
    [Theory]
    [InlineData("“It gives buyers more choice,” said president of PayPal Jeff Jordan.", "Jeff Jordan")]
    [InlineData("The Harlow envoy to Peru Christopher Holland is said to have met him.", "Christopher Holland")]
    public void AGivenNameSplitOutOfARun_KeepsASurnameThatIsAlsoAPlace(string text, string name) => AssertPerson(text, name);

    /// <summary>An office named by its holder keeps the holder's possessive, and a county or city before it, in its name.</summary>
    [Theory]
    [InlineData("Asked about the fire, the Governor's Office said it would review the permits.", "Governor's Office")]
    [InlineData("The Tarn County Sheriff's Office is investigating the break-in.", "Tarn County Sheriff's Office")]
    public void AnOfficeNamedByItsHolder_IsOneOrganisation(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "ORG" && e.Start == text.IndexOf(name, StringComparison.Ordinal)
            && e.End == e.Start + name.Length);

    /// <summary>A given name and middle initials before a one-word company's name make a person ("Roy E. Disney").</summary>
    [Theory]
    [InlineData("The board met. The statement was signed by Roy E. Disney and two partners.", "Roy E. Disney")]
    [InlineData("The board met. Michael S. Dell left early.", "Michael S. Dell")]
    public void AGivenNameAndInitials_BeforeACompanysName_AreAPerson(string text, string name) => AssertPerson(text, name);

    /// <summary>A known body's one-word short name that is also a title ("Economist"), right before a person, is the title.</summary>
    [Fact]
    public void AKnownBodysShortNameThatIsATitle_BeforeAPerson_IsNoBody()
    {
        var a = Run("Hiring slowed in May. Economist Mina Okafor said the weakness would last.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "ORG");
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Mina Okafor");
    }

    private static void AssertPerson(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && e.Start == text.IndexOf(name, StringComparison.Ordinal)
            && e.End == e.Start + name.Length);

    /// <summary>Common Welsh, Irish, Czech and Portuguese given names, with or without their accents, open a person's name.</summary>
    [Theory]
    [InlineData("The union's Siân Pryce confirmed the ballot would go ahead.", "Siân Pryce")]
    [InlineData("The union's Eoin Tarrant confirmed the ballot would go ahead.", "Eoin Tarrant")]
    [InlineData("The union's Jiří Valenta confirmed the ballot would go ahead.", "Jiří Valenta")]
    [InlineData("The union's Gonçalo Tarvel confirmed the ballot would go ahead.", "Gonçalo Tarvel")]
    public void CommonGivenNamesOfManyLanguages_OpenAName(string text, string name) => AssertPerson(text, name);

    [Fact]
    public void AMonthShortForm_BeforeADayOrAYear_IsNoName() =>
        Assert.DoesNotContain(Run("The notes mature on Jan 15 and Jan 2031, the Treasury said.").Entities, e => e.Type == "PERSON");

    [Theory]
    [InlineData("Kestrel Ratings cut Vardonia to BBB from A-. The BBB grade is the lowest the agency gives such issuers.", "BBB")]
    [InlineData("The island kept its AAA credit rating. Investors had expected the AAA grade to go, and AAA peers were cut.", "AAA")]
    public void ACreditRatingGrade_BesideARatingWord_IsNoOrganisation(string text, string grade) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Name == grade);

    [Fact]
    public void ALineInCapitals_NamesTheEntitiesTheArticleWritesElsewhere()
    {
        const string text = "Maria Lindqvist, chief executive of Harbour Mills Ltd, said on Monday that costs would fall. Harbour Mills shares rose.\n\n"
            + "LINDQVIST SAYS HARBOUR MILLS WILL CUT COSTS AGAIN NEXT YEAR\n\nThe company employs 4,000 people.";
        var a = Run(text);
        int line = text.IndexOf("LINDQVIST", StringComparison.Ordinal);
        var person = Assert.Single(a.Entities, e => e.Start == line);
        Assert.Equal(("PERSON", "Maria Lindqvist", line + 9), (person.Type, person.Name, person.End));
        var firm = Assert.Single(a.Entities, e => e.Start == text.IndexOf("HARBOUR MILLS", StringComparison.Ordinal));
        Assert.Equal(firm.EntityId, a.Entities.First(e => e.Name.StartsWith("Harbour Mills", StringComparison.Ordinal)).EntityId);
        Assert.DoesNotContain(a.Entities, e => e.Start > line && e.Start < line + 60 && a.Body[e.Start..e.End] is "CUT" or "COSTS" or "AGAIN");
    }

    /// <summary>A line in capitals that holds a place the lists know still names the people the article writes elsewhere.</summary>
    [Fact]
    public void ALineInCapitalsAroundAKnownPlace_StillNamesThePeopleOfTheArticle()
    {
        const string text = "TENNIS - LINDQVIST BEATS SEED IN GERMANY .\n\nMaria Lindqvist beat the second seed 6-3 6-4 in Germany on Friday .";
        var a = Run(text);
        var person = Assert.Single(a.Entities, e => e.Start == text.IndexOf("LINDQVIST", StringComparison.Ordinal));
        Assert.Equal(("PERSON", "Maria Lindqvist"), (person.Type, person.Name));
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == "GERMANY" && e.Type == "LOCATION");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] is "BEATS" or "SEED" or "TENNIS");
    }

    /// <summary>A two-word name after "in" that owns what follows it is not made a place by the preposition.</summary>
    [Theory]
    [InlineData("He will only stay if he plays regularly in Orwel Tarvanen's side next season.", "Orwel Tarvanen")]
    [InlineData("The sketches hung for years in Ilse Vandermoor's studio before the sale.", "Ilse Vandermoor")]
    public void ATwoWordNameThatOwnsWhatFollowsIt_IsNoPlaceForTheInBeforeIt(string text, string name)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == name && e.Type == "LOCATION");
    }

    [Fact]
    public void ASurnameTwoPeopleShare_IsNotNamedInCapitals()
    {
        const string text = "Maria Lindqvist and her brother Erik Lindqvist run the firm together, the family said on Monday.\n\n"
            + "LINDQVIST SAYS THE FIRM WILL GROW AGAIN NEXT YEAR";
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => e.Start == text.IndexOf("LINDQVIST SAYS", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoCapitalisedCommonNouns_AreNoPerson_EvenWhenTheSecondRepeats()
    {
        var a = Run("Morning Brokers in Asia were busy. Brokers said volumes rose, and a broker in Tokyo agreed. Brokers expect more.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    [Fact]
    public void ANameJoinedWithAnAmpersand_IsNoPlace_AfterIn() =>
        Assert.DoesNotContain(Run("Shares in K&W rose. Investors in K&W were pleased on Monday.").Entities, e => e.Type == "LOCATION");

    [Theory]
    [InlineData("The case went to the U.S. Bankruptcy Court in Delaware on Monday.", "U.S. Bankruptcy Court")]
    [InlineData("The UK Competition Tribunal ruled on the deal on Monday.", "UK Competition Tribunal")]
    public void ACountryBeforeItsInstitution_IsPartOfItsName(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "ORG" && e.Start == text.IndexOf(name, StringComparison.Ordinal)
            && e.End == e.Start + name.Length);

    [Theory]
    [InlineData("US Apple sales fell in the quarter, the company said.", "Apple")]
    [InlineData("The US SEC fined the broker on Monday.", "SEC")]
    public void ACountryBeforeACompanyOrAnAcronym_StaysAPlace(string text, string org)
    {
        var a = Run(text);
        Assert.Contains(a.Entities, e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == "US");
        Assert.Contains(a.Entities, e => e.Type == "ORG" && a.Body[e.Start..e.End] == org);
    }

    [Fact]
    public void APlaceBeforeACapitalisedPlural_TheArticleNeverWritesInLowerCase_IsATeamOrAFirm()
    {
        var a = Run("He pitched for the Denver Comets for six years before he retired in 2015.");
        Assert.Contains(a.Entities, e => e.Type == "ORG" && a.Body[e.Start..e.End] == "Denver Comets");
        var b = Run("Tokyo Traders were cautious on Monday, and traders in Osaka sold shares. The Tokyo Olympics opened later.");
        Assert.DoesNotContain(b.Entities, e => e.Type == "ORG" && b.Body[e.Start..e.End].StartsWith("Tokyo ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The clip shows Saxophonist Maria Delgado on stage in Lisbon.", "Maria Delgado")]
    [InlineData("Defenseman Peter Halloran scored late in the third period.", "Peter Halloran")]
    public void ALongDescriptiveWordBeforeAGivenNameAndSurname_IsNotPartOfTheName(string text, string name) =>
        HasA(text, name, "PERSON");

    [Theory]
    [InlineData("The novelist Stephen King said the tour would go ahead.", "Stephen King")]
    [InlineData("Governor Mervyn King said rates would stay on hold.", "Mervyn King")]
    public void ARoyalTitleThatEndsAName_IsItsSurname(string text, string name) =>
        HasA(text, name, "PERSON");

    [Theory]
    [InlineData("The suit was filed by Attorney General Quorra Blaine on Monday.", "Quorra Blaine")]
    [InlineData("Secretary General Quorra Blaine opened the session.", "Quorra Blaine")]
    public void ATitleWordAndGeneral_AreOneTitleBeforeAName(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == name && e.Rule == "heuristic.title");

    /// <summary>"Rail" ends an operator's name as "Railway" does ("Tarvel Rail said", "Northway Rail cancelled").</summary>
    [Theory]
    [InlineData("Tarvel Rail said fares would rise in March.", "Tarvel Rail")]
    [InlineData("Late on Sunday, Northway Rail cancelled two trains.", "Northway Rail")]
    public void ANameEndingInRail_IsAnOrganisation(string text, string name) =>
        HasA(text, name, "ORG");

    /// <summary>A common plural that opens a sentence alone ("Buses ran", "Farmers blocked") is no name, whatever the recogniser leans to.</summary>
    [Theory]
    [InlineData("Service on the line was cut on Monday. Buses ran from the station instead.", "Buses")]
    [InlineData("The ministry raised the levy. Farmers blocked the road for hours.", "Farmers")]
    public void ACommonPluralOpeningASentence_IsNoName(string text, string word) =>
        Assert.DoesNotContain(Run(text).Entities, e => text[e.Start..e.End] == word);

    /// <summary>A plural title before two people ("Drs", "Messrs", "Profs", "Mmes") is no part of the first one's name.</summary>
    [Theory]
    [InlineData("The study was led by Drs Orwel Tarn and Ada Quarles of Harlow University.", "Orwel Tarn")]
    [InlineData("Orwel Tarn and Ivo Marsh founded the firm. Messrs Tarn and Marsh said more work was needed.", "Tarn")]
    public void APluralTitle_IsNoPartOfTheNameAfterIt(string text, string name)
    {
        var found = Run(text).Entities;
        Assert.Contains(found, e => e.Type == "PERSON" && text[e.Start..e.End] == name);
        Assert.DoesNotContain(found, e => text[e.Start..e.End].StartsWith("Drs") || text[e.Start..e.End].StartsWith("Messrs"));
    }

    /// <summary>A name after a title counts its particles and its generation as no words of their own: three names and both are one person.</summary>
    [Theory]
    [InlineData("\"The bridge reopens in May,\" said Mayor Melchor de Tarvel Jr. The council agreed.", "Melchor de Tarvel Jr.")]
    [InlineData("The port was opened by Chairman Orsen Kadri bin Tarvel on Monday.", "Orsen Kadri bin Tarvel")]
    public void ATitledNameWithParticlesAndAGeneration_IsOnePerson(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == name && e.Rule == "heuristic.title");

    /// <summary>A word a number follows is a designation, not a place, after a preposition of place ("in Level 3").</summary>
    [Fact]
    public void ADesignationWithANumber_IsNoPlace()
    {
        const string text = "The country stays in Level 3 for now. Officials said Level 3 could last a month.";
        Assert.DoesNotContain(Run(text).Entities, e => text[e.Start..e.End] == "Level");
        const string score = "In the final, Tomas Quell edged Brannigh Osterlund 7-6, 6-4. Osterlund said little after the match.";
        Assert.Contains(Run(score).Entities, e => score[e.Start..e.End] == "Brannigh Osterlund" && e.Type == "PERSON");
    }

    /// <summary>A month or a weekday after a preposition of place is a date, not a place ("from Tuesday’s auction").</summary>
    [Fact]
    public void AMonthOrWeekdayAfterFrom_IsNoPlace()
    {
        const string text = "Yields rose, starting from Tuesday’s auction, and rising from July’s reading.";
        Assert.Empty(Run(text).Entities);
    }

    /// <summary>An abstract noun after a preposition of place is a field or a belief, not a place ("a career in Parapsychology").</summary>
    [Fact]
    public void AnAbstractNounAfterIn_IsNoPlace()
    {
        const string text = "She built a career in Parapsychology before the move. Parapsychology was her first love.";
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "LOCATION");
    }

    /// <summary>A run that ends in a title written short ("Army Col.") is the role of the name after it, not a name.</summary>
    [Fact]
    public void ARunEndingInAnAbbreviatedTitle_IsARole()
    {
        const string text = "The blast shook homes. “Windows shattered across the street,” said Army Col. Romeo Tavel, who helped.";
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => text[e.Start..e.End] == "Army Col");
        Assert.Equal("Romeo Tavel", Assert.Single(a.Quotes).Speaker);
    }

    /// <summary>An unknown acronym alone in a table cell is a code of the table's, not an organisation.</summary>
    [Fact]
    public void AnUnknownAcronymAloneInATableCell_IsACode()
    {
        const string text = "Results of the regional meet.\n\n| 1. | Quell, Ana | 1994 | QZV | 4,12 |\n\n| 2. | Tavel, Ida | 1993 | QZV | 4,08 |";
        Assert.DoesNotContain(Run(text).Entities, e => text[e.Start..e.End] == "QZV");
    }

    /// <summary>...and so is one in a row's first or last cell, where the line's start or end stands for the missing mark.</summary>
    [Theory]
    [InlineData("Results of the club relay.\n\nQZ | Ana Quell | 61 | 90%\n\nQZ | Ida Tavel | 58 | 84%\n\nWR | Ivo Marsh | 40 | 60%")]
    [InlineData("Results of the club relay.\n\nAna Quell | 61 | QZ\n\nIda Tavel | 58 | QZ\n\nIvo Marsh | 40 | WR")]
    public void AnUnknownAcronymInARowsFirstOrLastCell_IsACode(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => text[e.Start..e.End] is "QZ" or "WR" && e.Type == "ORG");

    /// <summary>A sentence's first word that an object pronoun follows is a verb ("Mark my words", "Tell them"), not a name.</summary>
    [Theory]
    [InlineData("The vote was close.\n\n“Mark my words: the next one will be closer,” said Ada Quarles.", "Mark")]
    [InlineData("The vote was close. Tell them the result can wait, Ada Quarles said.", "Tell")]
    public void AnImperativeOpeningASentence_IsNoName(string text, string word) =>
        Assert.DoesNotContain(Run(text).Entities, e => text[e.Start..e.End] == word);

    /// <summary>A known person written with a middle initial is that person, not the company their surname also names.</summary>
    [Fact]
    public void AKnownPersonWithAMiddleInitial_IsThatPerson()
    {
        const string text = "The welcome was cool for Michael R. Bloomberg when he joined the race.";
        var e = At(Run(text), "Michael R. Bloomberg");
        Assert.Equal(("PERSON", "Michael Bloomberg"), (e.Type, e.Name));
    }

    /// <summary>A page that declares German, with its title and paragraphs, run through the shipped pipeline.</summary>
    private static Article RunGermanPage(string title, params string[] paragraphs) =>
        ShippedPipeline.RunPage($"<html lang=\"de\"><head><title>{title}</title></head><body><article>"
            + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>");

    /// <summary>German capitalises every noun: capitals alone make no name there; known places, endings of place names and
    /// given names still do.</summary>
    [Fact]
    public void WhereEveryNounIsCapitalised_CapitalsAloneMakeNoName()
    {
        var a = RunGermanPage("Neue Regeln für Betriebsrenten",
            "Die neue Regel ist seit Januar in Kraft. Der Ratgeber Direktzusage erklärt, was Arbeitgeber jetzt beachten müssen.",
            "In Deutschland und in Österreich gilt sie schon, in Mannheim wird sie geprüft. Das sagte Tomasz Quell am Montag.",
            "Quell ist Berater. Die Arbeitgeber zahlen die Beiträge, und die Ratgeber empfehlen Geduld bei der Umstellung.");
        string Typed(string mention) => a.Entities.FirstOrDefault(e => a.Body[e.Start..e.End] == mention)?.Type ?? "";
        Assert.Equal(("", "", ""), (Typed("Kraft"), Typed("Ratgeber Direktzusage"), Typed("Arbeitgeber")));
        Assert.Equal(("LOCATION", "LOCATION", "LOCATION", "PERSON"), (Typed("Deutschland"), Typed("Österreich"), Typed("Mannheim"), Typed("Tomasz Quell")));
        Assert.Equal("Germany", a.Entities.First(e => a.Body[e.Start..e.End] == "Deutschland").Name);
    }

    /// <summary>
    /// German sets a person's role, a capitalised noun, right before the name, and often an adjective and an article before it
    /// ("Die Ministerin Ana Roe", "Der Harlower Stadtkämmerer Ivo Marsh"): the person starts at the given name.
    /// </summary>
    [Fact]
    public void WhereEveryNounIsCapitalised_ARoleBeforeAGivenName_IsNoPartOfTheName()
    {
        var a = RunGermanPage("Neue Regeln für Betriebsrenten",
            "Die Ministerin Katrin Harlander will das Gesetz noch in diesem Jahr ändern. Der Harlower Stadtkämmerer "
            + "Johannes Quellmann erklärt, dass die Firmen eine enge Frist haben.",
            "Laut Bürgermeister Stefan Brede bleibt die Brücke gesperrt, und der technische Direktor Walter Tarnhuber prüft die Pläne.");
        var people = a.Entities.Where(e => e.Type == "PERSON").Select(e => a.Body[e.Start..e.End]).ToList();
        Assert.Equal(new[] { "Katrin Harlander", "Johannes Quellmann", "Stefan Brede", "Walter Tarnhuber" }, people);
    }

    /// <summary>
    /// German runs by an organisation word that open with common nouns or an article ("die Nutzung von Tarn Office", "Studie der
    /// Harlow University", "Das Team"): the name is what follows the joiner, without the article; a lone organisation word is none.
    /// </summary>
    [Fact]
    public void WhereEveryNounIsCapitalised_TheNameIsWhatFollowsTheNounPhrase()
    {
        var a = RunGermanPage("Schulen und Daten",
            "Die Behörde hat die Nutzung von Tarn Office durch Schulen vorerst erlaubt. Laut einer Studie der Harlow University "
            + "sind die Risiken gering, sagte Tomasz Quell am Montag.",
            "Das Team der Behörde prüft die Verträge weiter. Im Harlow National Golf Club fand danach ein Treffen statt.");
        var orgs = a.Entities.Where(e => e.Type == "ORG").Select(e => a.Body[e.Start..e.End]).ToList();
        Assert.Contains("Tarn Office", orgs);
        Assert.Contains("Harlow University", orgs);
        Assert.Contains("Harlow National Golf Club", orgs);
        Assert.DoesNotContain(orgs, o => o.StartsWith("Nutzung", StringComparison.Ordinal) || o.StartsWith("Studie", StringComparison.Ordinal)
            || o.Contains("Team", StringComparison.Ordinal) || o.StartsWith("Im ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("President Elect Quorra Blaine announced the cuts.", "Quorra Blaine")]
    [InlineData("Growth slowed, and Prime Minister Designate Tomasz Quell blamed the banks.", "Tomasz Quell")]
    public void AWordThatQualifiesTheTitle_IsNoPartOfTheName(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == name && e.Rule == "heuristic.title");

    [Theory]
    [InlineData("The delegates stayed at the Forrest Hotel near the station.", "Forrest Hotel")]
    [InlineData("Trucks queued on the Uhuru Highway for hours.", "Uhuru Highway")]
    public void AGivenNameBeforeAPlaceWord_IsAPlace(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "LOCATION" && text[e.Start..e.End] == name);

    [Fact]
    public void APlaceWordInsideANameAfterAPlace_DoesNotStopItBeingAnOrganisation()
    {
        const string text = "The money came from the California Highway Patrol last year.";
        Assert.Contains(Run(text).Entities, e => e.Type == "ORG" && text[e.Start..e.End] == "California Highway Patrol");
    }

    [Theory]
    [InlineData("The board met Quorvin Tesk on Monday. Tesk said the plan was sound.")]
    [InlineData("The board met Quorvin Tesk on Monday. The plan, said Mr Tesk, was sound.")]
    [InlineData("The board met Quorvin Tesk on Monday.\n\nTesk: We will keep the plan as it is.")]
    public void TwoUnknownWords_AreAPerson_WhenTheSecondStandsAloneElsewhere(string text) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && e.Name == "Quorvin Tesk");

    [Fact]
    public void TwoUnknownWords_AreNoPerson_WhenTheSecondComesBackOnlyInOtherTitleCasePhrases()
    {
        var a = Run("The shop sells Mountain Bikes and Comfort Bikes in two sizes. Both lines sold out in May, the owner said.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    [Fact]
    public void ATitleThatIsAlsoAGivenName_OpensANameOfTwoWords()
    {
        const string text = "The economist Dean Tarrow expects two cuts.";
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == "Dean Tarrow");
    }

    [Fact]
    public void AWordSetInCapitalsThatIsNeverAName_IsNoAcronym()
    {
        var a = Run("FRIDAY FOCUS: Markets rallied on FRIDAY as the WHO said the outbreak had peaked. The WHO will meet again.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "FRIDAY");
        Assert.Contains(a.Entities, e => e.Type == "ORG" && a.Body[e.Start..e.End] == "WHO");
    }

    [Theory]
    [InlineData("The group was founded by L. Ron Hubbard in 1954.", "L. Ron Hubbard")]
    [InlineData("Oil tycoon J. Paul Getty collected paintings.", "J. Paul Getty")]
    public void AnInitialBeforeTheGivenName_IsPartOfThePersonsName(string text, string name) =>
        HasA(text, name, "PERSON");

    [Fact]
    public void ALoneLetter_IsNoShortFormOfANameThatStartsWithIt()
    {
        var a = Run("Sales were led by B. Rama Orrin in Pune. Vitamin B levels were tested in group B of the trial.");
        Assert.DoesNotContain(a.Entities, e => e.End - e.Start == 1);
    }

    [Fact]
    public void ARoyalTitleBeforeAName_StillOpensIt()
    {
        const string text = "The treaty was signed by Lorna Vance and King Harald in Oslo.";
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && text[e.Start..e.End] == "King Harald");
        Assert.DoesNotContain(Run("The Crown Prince met bankers in Riyadh.").Entities, e => e.Name.Contains("Prince"));
    }

    [Fact]
    public void AShortWordBeforeAGivenNameAndSurname_MayBeAGivenNameItself() =>
        Assert.DoesNotContain(Run("Fans cheered as Dorian Anthony Melville took the stage in Lisbon.").Entities,
            e => e.Type == "PERSON" && e.Name == "Anthony Melville");

    [Fact]
    public void ATitleCaseHeadline_DoesNotRunOnPastTheOrganisationWord_IntoCommonWords()
    {
        var a = Run("Halden Homes Group Thanks Staff\nHalden Homes Group said it thanks its staff, and staff bonuses rose.");
        Assert.Equal(2, a.Entities.Count(e => e.Type == "ORG" && a.Body[e.Start..e.End] == "Halden Homes Group"));
        var b = Run("The Harbour Bank of Commerce said it would lend more to Commerce firms and commerce would recover.");
        Assert.Contains(b.Entities, e => e.Type == "ORG" && b.Body[e.Start..e.End] == "Harbour Bank of Commerce");
    }

    [Theory]
    [InlineData("The firm won the Advisor Loyalty Award at the summit in May.")]
    [InlineData("The survey asked Musician Studio Owners about rents, and studio owners said rents rose.")]
    public void ARoleBeforeAnAwardOrACommonNoun_AnnouncesNoPerson(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "PERSON");

    [Fact]
    public void AStatesCode_CanStillBeAPlace() =>
        Assert.Contains(Run("Drug use is a serious problem in SD, the governor said on Monday.").Entities,
            e => e.Type == "LOCATION" && e.Name == "SD");

    [Fact]
    public void AWordWithACapitalInside_IsACompanysName()
    {
        var a = Run("Payments start-up QuillPay raised prices this week, and rival TernStone followed. Investors in QuillPay cheered.");
        Assert.All(new[] { "QuillPay", "TernStone" }, w => Assert.Equal("ORG", At(a, w).Type));
        Assert.Equal("heuristic.intercaps", At(a, "TernStone").Rule);
    }

    [Theory]
    [InlineData("The Danish air carrier Vellund added flights. Vellund's shares rose.", "Vellund")]
    [InlineData("Analysts expect the Swiss drugmaker Orlanda to raise prices. Orlanda's results are due.", "Orlanda")]
    [InlineData("Output fell at Australian miner Karrow in May. Karrow blamed the rain.", "Karrow")]
    [InlineData("The deal with the Texas refiner Belmar closed. Belmar's chief was pleased.", "Belmar")]
    public void AnIndustryNounBeforeAName_MakesItACompany(string text, string name)
    {
        var mentions = Run(text).Entities.Where(e => e.Name == name).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, e => Assert.Equal("ORG", e.Type));
    }

    /// <summary>A word for a kind of body before a name ("the journal", "trade union", "the band", "supermarket chain") types it.</summary>
    [Theory]
    [InlineData("A paper in the journal Quorvin Cardiology described the new method.", "Quorvin Cardiology")]
    [InlineData("Drivers at the depot voted to join the trade union Tarvelunite in June.", "Tarvelunite")]
    [InlineData("The rock band Harlow Static will tour the north next spring.", "Harlow Static")]
    [InlineData("Ivo Marsh bought the supermarket chain Quorvale Foods last year.", "Quorvale Foods")]
    [InlineData("Details appeared first on the industry website Tarnpost, which covers games.", "Tarnpost")]
    public void AWordForAKindOfBodyBeforeAName_MakesItAnOrganisation(string text, string name) => IsOne(text, name, "ORG");

    [Theory]
    [InlineData("Senator DeSantis spoke, and McCarthy replied in a long speech to the chamber.")]
    [InlineData("Thanks to all LeserInnen and MitarbeiterInnen who wrote in about the report this week.")]
    [InlineData("Posts tagged JaneRoe and MarkSmith spread quickly after the vote on Tuesday.")]
    [InlineData("Fans shared #SaveOurLocalHighStreet photos after the closures were announced.")]
    public void ParticlesInSurnames_InclusivePlurals_AndHandles_AreNotCompanies(string text)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => e.Rule == "heuristic.intercaps");
    }

    [Fact]
    public void Surnames_AndPossessives_LinkToTheFullName()
    {
        var a = Run("Chief executive Maria Okafor told analysts the outlook was strong. Okafor's comments lifted the stock, and Okafor later said more.");
        var full = At(a, "Maria Okafor");
        Assert.Equal("PERSON", full.Type);
        var shorts = a.Entities.Where(e => a.Body[e.Start..e.End] == "Okafor").ToList();
        Assert.Equal(2, shorts.Count);
        Assert.All(shorts, s => Assert.Equal(full.EntityId, s.EntityId));
        Assert.All(shorts, s => Assert.Equal("Maria Okafor", s.Name));
    }

    /// <summary>A company whose name opens with a number and a hyphen keeps the number, in full and in its short form; a year does not join.</summary>
    [Fact]
    public void ANameThatOpensWithANumberAndAHyphen_KeepsIt_AndItsShortFormLinks()
    {
        var a = Run("Shares of 4-Harlow Inc. rose on Monday. Analysts said 4-Harlow had gained shelf space, and 4-Harlow stores opened in May. "
            + "A photo from the 2019-Tarvia fair shows the stand.");
        var full = At(a, "4-Harlow Inc.");
        Assert.Equal("ORG", full.Type);
        var shorts = a.Entities.Where(e => a.Body[e.Start..e.End] == "4-Harlow").ToList();
        Assert.Equal(2, shorts.Count);
        Assert.All(shorts, s => Assert.Equal(full.EntityId, s.EntityId));
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].StartsWith("2019", StringComparison.Ordinal));
    }

    /// <summary>"Tarrow Lindqvist" of "Ada M. Tarrow Lindqvist": a surname of two words or more alone links to the full name.</summary>
    [Theory]
    [InlineData("The survey was run by statistician Ada M. Tarrow Lindqvist in May. Response rates fell sharply, says Tarrow Lindqvist.",
        "Ada M. Tarrow Lindqvist", "Tarrow Lindqvist")]
    [InlineData("The actor Tomas Van Der Kloot joined the board in May. Van Der Kloot said the firm was young.", "Tomas Van Der Kloot", "Van Der Kloot")]
    public void ASurnameOfTwoWords_LinksToTheFullName(string text, string full, string surname)
    {
        var a = Run(text);
        Assert.Equal(At(a, full).EntityId, At(a, surname).EntityId);
        Assert.Equal(full, At(a, surname).Name);
    }

    /// <summary>
    /// A surname several people of the text share is the one an honorific's gender tells ("Mrs. Tarn"), else the one the text named
    /// first, whom it is about (not the longest name).
    /// </summary>
    [Theory]
    [InlineData("Mrs. Tarn", "Michelle Tarn")]
    [InlineData("Mr. Tarn", "Barack Tarn")]
    [InlineData("Tarn", "Barack Tarn")]
    public void ASurnameSeveralPeopleShare_IsTheOneTheHonorificOrTheTextPointsTo(string mention, string person)
    {
        var a = Run("Barack Tarn, the mayor, visited the farm. His wife Michelle Tarn planted the first row, and Christopher Tarn watched. "
            + "Later " + mention + " thanked the growers.");
        var m = a.Entities.Last(e => e.Type == "PERSON");
        Assert.Equal("Tarn", a.Body[m.Start..m.End]);
        Assert.Equal(person, m.Name);
    }

    /// <summary>An honorific of the other gender than the only person of that surname ("Ms Harrowby" beside Charles Harrowby) is another
    /// member of the family, not him; without the honorific, or with his, the surname is his.</summary>
    [Theory]
    [InlineData("Ms", false)]
    [InlineData("Mrs.", false)]
    [InlineData("Mr", true)]
    public void AnHonorificOfTheOtherGender_IsAnotherPersonOfTheSurname(string honorific, bool same)
    {
        var a = Run("Charles Harrowby, the farmer, lost his case. His daughter read a statement in court. "
            + $"{honorific} Harrowby said the family would appeal.");
        var him = a.Entities.First(e => a.Body[e.Start..e.End] == "Charles Harrowby");
        var later = a.Entities.Last(e => a.Body[e.Start..e.End] == "Harrowby");
        Assert.Equal("PERSON", later.Type);
        Assert.Equal(same, later.EntityId == him.EntityId);
    }

    /// <summary>
    /// A tabloid's drop-cap ("MINA Okafor has promised …") opens a person's name, and the given name alone later ("Writing in The Harlow
    /// Mirror Mina said", after a title's name) is that person; a short word in capitals before a place or a body's word is an acronym.
    /// </summary>
    [Fact]
    public void ADropCapGivenName_OpensAPersonsName_AndTheGivenNameAloneLinksToIt()
    {
        var a = Run("MINA Okafor has promised to keep singing after a hard year.\n\nWriting in The Harlow Mirror Mina said she felt stronger. "
            + "ADA Tarnwell opened an office in Harlow.");
        var full = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "MINA Okafor");
        Assert.Equal(("PERSON", "Mina Okafor"), (full.Type, full.Name));
        var alone = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "Mina");
        Assert.Equal(full.EntityId, alone.EntityId);
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End].Contains("Tarnwell"));
    }

    /// <summary>A surname with one or two lower-case particles runs on from the given name, in English text.</summary>
    [Theory]
    [InlineData("Mark van den Quorvel")]
    [InlineData("Ana de la Tarvia")]
    [InlineData("Omar al-Harlowi")]
    [InlineData("Khalid bin Tarnwell")]
    public void ASurnameWithParticles_IsPartOfThePersonsName(string name) =>
        Assert.Contains(Run("The board met on Monday. " + name + " joined the meeting late.").Entities,
            e => e.Type == "PERSON" && e.Name == name);

    /// <summary>Given names of many countries' news open a person's name with no title before it.</summary>
    [Theory]
    [InlineData("Holger Tarnwitz")]
    [InlineData("Jasprit Quorvala")]
    [InlineData("Arantxa Ilvers")]
    [InlineData("Chukwuemeka Okafor")]
    [InlineData("Zoltán Harlowy")]
    public void GivenNamesOfManyCountries_StartAPersonsName(string name)
    {
        var a = Run("The board met on Monday. " + name + " joined the meeting late and left before the vote.");
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == name);
    }

    /// <summary>
    /// Results lines and a league table of sports news name teams, organisations even when named after their city; the city's
    /// name elsewhere in the same report is the team too ("Leeds striker X").
    /// </summary>
    [Fact]
    public void TeamsOnResultsLinesAndInTables_AreOrganisations_ThroughoutTheReport()
    {
        var a = Run("Results of league matches on Saturday:\n\nTarnwell Rovers 2 Leeds 1\n\nQuorvin City 0 Harlow 3\n\nStandings:\n\n"
            + "Harlow 3 2 1 0 6 2 7\n\nLeeds striker Ivo Marsh scored late as Leeds lost at home.");
        foreach (var team in new[] { "Tarnwell Rovers", "Quorvin City", "Harlow", "Leeds" })
            Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == team), e => Assert.Equal("ORG", e.Type));
        Assert.Equal(3, a.Entities.Count(e => a.Body[e.Start..e.End] == "Leeds"));
        Assert.Equal(2, a.Entities.Count(e => a.Body[e.Start..e.End] == "Harlow"));
    }

    /// <summary>A results line may give each side's scorers in brackets, spaced as tokenised wire text is, and the attendance.</summary>
    [Theory]
    [InlineData("Kessmoor 3 (Tarn 20, Marsh 55) Quorvale 1 (Ilvers 30). Attendance: 8,500")]
    [InlineData("Kessmoor 3 ( Tarn 20 , Marsh 55 , 80 ) Quorvale 1 ( Ilvers 30 )")]
    public void TeamsOnAResultsLineWithTheirScorers_AreOrganisations(string line)
    {
        foreach (var team in new[] { "Kessmoor", "Quorvale" }) IsOne("Results of league matches on Saturday:\n\n" + line, team, "ORG");
    }

    /// <summary>
    /// A town, a state or a region on either side of a match's result, with the score after the second side (after a comma too, as agency
    /// style writes it), is its club or college team; a country stays a place.
    /// </summary>
    [Theory]
    [InlineData("Western Ohio cruised past Tarvel State, 38-20, in the opener.", "Western Ohio", "ORG")]
    [InlineData("Kansas beat Tarvel State 31-10 on Saturday.", "Kansas", "ORG")]
    [InlineData("Leeds beat Tarvel Rovers, 2-1, at home.", "Leeds", "ORG")]
    [InlineData("Kansas beat its sales forecast, and Texas grew too.", "Kansas", "LOCATION")]
    [InlineData("Tarvel Rovers lost to Leeds 0-3 on Saturday.", "Leeds", "ORG")]
    [InlineData("On a wet night Leeds beat Tarvel Rovers 2-1 at home.", "Leeds", "ORG")]
    [InlineData("Germany beat France 2-1 in the final.", "Germany", "LOCATION")]
    [InlineData("Ada Quarles of Bristol beat Mina Okafor 6-3 in the first round.", "Bristol", "LOCATION")]
    [InlineData("Exports from Leeds beat forecasts in May.", "Leeds", "LOCATION")]
    public void ATownOnEitherSideOfAResult_IsItsClub(string text, string name, string type) => IsOne(text, name, type);

    [Fact]
    public void ASideOfAResult_IsThatSideWhereverTheArticleWritesItSo()
    {
        var a = Run("Western Ohio cruised past Tarvel State, 38-20, in the opener. Western Ohio led 21-3 at the break. Kansas grew wheat.");
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == "Western Ohio"), e => Assert.Equal("ORG", e.Type));
        Assert.Equal(2, a.Entities.Count(e => a.Body[e.Start..e.End] == "Western Ohio"));
        Assert.Equal("LOCATION", Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "Kansas").Type);
    }

    /// <summary>A dateline on a line of its own above a wire story names a place, whatever the words of it are.</summary>
    [Theory]
    [InlineData("QUORVIN BAY 2031-05-14", "QUORVIN BAY")]
    [InlineData("TARNWELL , Tarvia 2031-05-14", "TARNWELL")]
    public void ADatelineOnALineOfItsOwn_IsAPlace(string dateline, string place) =>
        IsOne("RAIL - QUORVIN LINE REOPENS .\n\n" + dateline + "\n\nThe line reopened on Friday after a month of repairs , the operator said .", place,
            "LOCATION");

    [Fact]
    public void AGivenNameAlone_AndASurnameBeforeASuffix_LinkToTheFullName()
    {
        var a = Run("Chief executive Daniel Okafor Jr. founded the lab in 2004. Okafor kept the patents, and Daniel still runs the night shift.");
        var full = a.Entities.First(e => e.Type == "PERSON" && e.Name.StartsWith("Daniel Okafor", StringComparison.Ordinal));
        var shorts = a.Entities.Where(e => a.Body[e.Start..e.End] is "Okafor" or "Daniel").ToList();
        Assert.Equal(2, shorts.Count);
        Assert.All(shorts, s => Assert.Equal(full.EntityId, s.EntityId));
    }

    [Theory]
    [InlineData("Chief executive Robert T. Lindqvist said margins held.", "Rob Lindqvist")]
    [InlineData("Chief executive Robert Lindqvist Jr. said margins held.", "Robert K. Lindqvist")]
    [InlineData("Chief executive Katherine Lindqvist said margins held.", "Kate Lindqvist")]
    public void APersonWrittenWithInitialsASuffixOrAShortGivenName_IsOneEntity(string first, string other)
    {
        var people = PeopleIn(first, other);
        Assert.Equal(2, people.Count);
        Assert.Single(people.Select(p => p.EntityId).Distinct());
    }

    private static List<EntityMention> PeopleIn(string first, string other) =>
        Run(first + " Analysts at the meeting said " + other + " had been clear about costs.").Entities.Where(e => e.Type == "PERSON").ToList();

    [Theory]
    [InlineData("According to Brannagh, the label refused.")]
    [InlineData("The label sent a letter to Brannagh last week.")]
    public void ASurnameTypedOnlyByTheWordsAroundIt_IsThePersonWhoseSurnameItIs(string sentence)
    {
        var a = Run("Fans were upset as Morwenna Brannagh said she could not sing her old songs. " + sentence);
        var full = At(a, "Morwenna Brannagh");
        Assert.Equal("PERSON", full.Type);
        var lone = At(a, "Brannagh");
        Assert.Equal(full.EntityId, lone.EntityId);
        Assert.Equal("PERSON", lone.Type);
    }

    [Theory]
    [InlineData("Chief executive Robert Lindqvist said margins held.", "Richard Lindqvist")]
    [InlineData("Chief executive Patrick Lindqvist said margins held.", "Patricia Lindqvist")]
    [InlineData("Chief executive George H. Lindqvist said margins held.", "George W. Lindqvist")]
    public void RelativesWithOneSurname_StayTwoEntities(string first, string other)
    {
        var people = PeopleIn(first, other);
        Assert.Equal(2, people.Count);
        Assert.Equal(2, people.Select(p => p.EntityId).Distinct().Count());
    }

    [Fact]
    public void AKnownNameWithItsArticle_IsMarkedFromTheNameWord_AndKeepsTheArticleInItsName()
    {
        var a = Run("Rates will stay high for longer, The Economist argued in its leader this week.");
        var e = Assert.Single(a.Entities, x => x.Type == "ORG");
        Assert.Equal("Economist", a.Body[e.Start..e.End]);
        Assert.Equal("The Economist", e.Name);
    }

    [Fact]
    public void AGivenNameBeforeASurnameThatIsAPlace_IsAPerson()
    {
        var a = Run("The portfolio was run by Laura Chad until March, when the board replaced her.");
        var e = Assert.Single(a.Entities, x => a.Body[x.Start..x.End].Contains("Chad"));
        Assert.Equal("PERSON", e.Type);
        Assert.Equal("Laura Chad", a.Body[e.Start..e.End]);
    }

    [Theory]
    [InlineData("Southern California")]
    [InlineData("North Vancouver")]
    [InlineData("Greater London")]
    [InlineData("New York City")]
    [InlineData("Los Angeles County")]
    [InlineData("Old Delhi")]
    [InlineData("Metro Manila")]
    [InlineData("Mid Wales")]
    public void AKnownPlaceWithACompassWordBeforeOrAPlaceWordAfter_IsOnePlace(string place)
    {
        var a = Run($"Home prices in {place} rose for a third month, the survey found.");
        var e = Assert.Single(a.Entities, x => x.Type == "LOCATION");
        Assert.Equal(place, a.Body[e.Start..e.End]);
    }

    [Theory]
    [InlineData("Jo Pell, VP of Engineering at Tandora Shipping, said the ships were late.", "Engineering")]
    [InlineData("Jo Pell, Vice President of Manufacturing, left in May.", "Manufacturing")]
    [InlineData("Jo Pell, director for Research at Brisa Capital, expects cuts.", "Research")]
    public void ADepartmentInAJobTitle_IsNoOrganisation(string text, string department)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, x => x.Type == "ORG" && a.Body[x.Start..x.End].Contains(department));
        Assert.Contains(a.Entities, x => x.Type == "PERSON" && x.Name == "Jo Pell");
    }

    [Fact]
    public void ANameBeforeItsOwnWebAddress_IsAnOrganisation_AndSoAreItsLaterMentions()
    {
        var a = Run("Toronto (Wire) Quellmark (http://www.quellmark.com), a provider of billing software, bought a rival. "
            + "\"This brings two teams together,\" said Jo Pell, Founder & CEO of Quellmark.");
        Assert.Equal(2, a.Entities.Count(x => x.Type == "ORG" && a.Body[x.Start..x.End] == "Quellmark"));
        Assert.DoesNotContain(a.Entities, x => x.Type == "ORG" && a.Body[x.Start..x.End].Contains("Founder"));
    }

    [Theory]
    [InlineData("Harbour Freight Lines reported a loss on Tuesday.", "Harbour Freight Lines")]
    [InlineData("Shares of Castellan Construction fell after the tender was cancelled.", "Castellan Construction")]
    [InlineData("Brantley Engineering won the contract for the bridge.", "Brantley Engineering")]
    [InlineData("Orvell Packaging cut its forecast for the year.", "Orvell Packaging")]
    [InlineData("The deal values Mirren Enterprises at $400 million.", "Mirren Enterprises")]
    [InlineData("Investors backed Harlow Aircraft in a second round.", "Harlow Aircraft")]
    [InlineData("Shares of Quorvin Microsystems fell after the warning.", "Quorvin Microsystems")]
    [InlineData("The buyer agreed to pay for Tarvel Infrastructure in cash.", "Tarvel Infrastructure")]
    public void ACapitalisedRunEndingInAnIndustryWord_IsACompany(string text, string name) =>
        IsOneOrganisation(text, name);

    /// <summary>
    /// A football club's abbreviation in capitals, before or after the town ("FC Harlow", "Tarnwell FC"), names the club; a legal form in
    /// capitals ends a company's name and starts no partnership's ("Tarvia Holdings AG, Harlow Chase &amp; Co.").
    /// </summary>
    [Theory]
    [InlineData("He left for FC Basel in 2007 on a free transfer.", "FC Basel")]
    [InlineData("The striker signed for Tarnwell FC last week.", "Tarnwell FC")]
    [InlineData("The midfielder joined Valencia CF after the season.", "Valencia CF")]
    [InlineData("Shares of Tarvia Holdings AG, Harlow Chase & Co. and Quorvin fell.", "Tarvia Holdings AG")]
    [InlineData("She played in the Tarvian Premier League for FC Harlow until 2019.", "FC Harlow")]
    public void AClubsAbbreviationInCapitals_NamesTheClub(string text, string name) =>
        IsOneOrganisation(text, name);

    /// <summary>A sentence's first word that is a common plural ("Employees", "Exports") names who or what belongs to the name after
    /// "of" or "for", and is no part of it; an organisation word there ("Bank of", "University of") is.</summary>
    [Theory]
    [InlineData("Employees of Tarvia Freight went on strike on Monday.", "Tarvia Freight", "ORG")]
    [InlineData("Exports of Tarnwell Motors vans rose last year.", "Tarnwell Motors", "ORG")]
    [InlineData("Supporters of Ada Quarles gathered outside the court.", "Ada Quarles", "PERSON")]
    [InlineData("Bank of Tarvia raised its rates again.", "Bank of Tarvia", "ORG")]
    [InlineData("University of Harlow scientists agreed.", "University of Harlow", "ORG")]
    public void ASentenceOpeningCommonPlural_IsNoPartOfTheNameAfterOf(string text, string name, string type) =>
        IsOne(text, name, type);

    /// <summary>A single word listed among known places, before or at the member after "and", is a place too, even one that is also a
    /// given name; a list followed by a plural noun, a member after the coordinated one, a word in capitals and a comma chain without
    /// "and" are not read so.</summary>
    [Theory]
    [InlineData("The tour stops in Rome, Florence, Venice and Milan.", "Florence", true)]
    [InlineData("Flights link Paris, Tarvelline and Berlin twice a day.", "Tarvelline", true)]
    [InlineData("Troops came from Mali, Niger, Chad and Senegal.", "Chad", true)]
    [InlineData("The group owns stores in France and Spain, Tarvel and Quorvin supermarkets in Portugal.", "Quorvin", false)]
    [InlineData("On Monday, in Oslo, Norway, Kessmoor said the talks would go on.", "Kessmoor", false)]
    [InlineData("Trade among Canada, Mexico and Chile, TARVA would widen further.", "TARVA", false)]
    public void ASingleWordListedAmongKnownPlaces_IsAPlace(string text, string name, bool place)
    {
        var a = Run(text);
        Assert.Equal(place, a.Entities.Any(e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == name));
    }

    /// <summary>"owner" and "partner" name a person's role as often as a firm's: the name after one is typed by its own words and
    /// context, not made an organisation by the cue.</summary>
    [Theory]
    [InlineData("Staff said the café's owner Orwel Tarn is fed up with the late-night crowds.", "Orwel Tarn")]
    [InlineData("The firm's senior partner Quorvin Tesk declined to comment.", "Quorvin Tesk")]
    public void ANameAfterOwnerOrPartner_IsNotMadeAnOrganisationByIt(string text, string name) => HasNo(text, name, "ORG");

    [Theory]
    [InlineData("The law firm's managing partner Mina Okafor declined to comment.", "Mina Okafor", "PERSON")]
    [InlineData("Its partner Tarvel Capital put in more money last year.", "Tarvel Capital", "ORG")]
    public void ANameAfterOwnerOrPartner_IsTypedByItsOwnWords(string text, string name, string type) => IsOne(text, name, type);

    /// <summary>A known company's name that the text writes out further, as more of the full name the list gives, is one mention of
    /// it, a legal form written out or not; a word the full name does not have ends it.</summary>
    [Theory]
    [InlineData("Lockheed Martin Corporation won the contract, people said.", "Lockheed Martin Corporation")]
    [InlineData("Coinbase Global reported a smaller loss.", "Coinbase Global")]
    [InlineData("Texas Instruments Incorporated cut its forecast.", "Texas Instruments Incorporated")]
    [InlineData("Exxon Mobil Corporation said output rose.", "Exxon Mobil Corporation")]
    public void AKnownCompanysNameWrittenOutFurther_IsOneMention(string text, string name) => IsOneOrganisation(text, name);

    [Fact]
    public void AKnownCompanysName_BeforeAStrayFullStop_IsJustTheName() => IsOneOrganisation("Shares of Coinbase . fell 3 percent.", "Coinbase");

    [Fact]
    public void AKnownCompanysName_EndsWhereTheTextLeavesItsFullName()
    {
        var a = Run("Coinbase Wallet users said fees rose.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Coinbase Wallet" && e.Rule == "gazetteer.companies");
    }

    /// <summary>A company's name ends at a word that takes no "of" ("Industries", "Holdings", "Inc"): "of" and a name after it say where
    /// the company is from; a body's head word ("Bank of", "Ministry of") and "Group of" do run on.</summary>
    [Theory]
    [InlineData("The order was also sought by Quorvale Industries of Harrowby and two others.", "Quorvale Industries", "ORG")]
    [InlineData("Kessmoor Holdings of Germany bought the plant last year.", "Kessmoor Holdings", "ORG")]
    [InlineData("Rival bids came from Tarvel Electronics of South Korea and Harlow Inc of Canada.", "Tarvel Electronics", "ORG")]
    [InlineData("Shares of Quorvin Holdings of the Netherlands fell 4 percent.", "Quorvin Holdings", "ORG")]
    [InlineData("Tarvel said it has acquired Quorvin Data of Germany for an undisclosed sum.", "Quorvin Data", "ORG")]
    [InlineData("Its rival Brenmore Leasing of Canada cut its fees in May.", "Brenmore Leasing", "ORG")]
    [InlineData("Toronto-Dominion Bank of Canada opened a branch in Harlow.", "Toronto-Dominion Bank", "ORG")]
    [InlineData("Kotak Mahindra Bank of India raised its rates.", "India", "LOCATION")]
    [InlineData("Germany is the biggest lender to the Development Bank of Tarvia this year.", "Development Bank of Tarvia", "ORG")]
    [InlineData("Officials from the Ministry of Trade of Tarvia met on Monday.", "Ministry of Trade of Tarvia", "ORG")]
    public void ACompanyNameEndsBeforeOfAndWhereItIsFrom(string text, string name, string type) => HasA(text, name, type);

    [Fact]
    public void WhereACompanyIsFrom_IsAPlaceOfItsOwn()
    {
        var a = Run("Kessmoor Holdings of Germany bought the plant last year.");
        Assert.Contains(a.Entities, e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == "Germany");
    }

    /// <summary>"for" before a currency's code and an amount ("for EUR 640 million", "for US$820 million") gives a price: the name before
    /// it does not run on over "for".</summary>
    [Theory]
    [InlineData("Tarvia Group agreed to buy Harlow Airways for US$820 million on Monday.", "Harlow Airways")]
    [InlineData("The company Quorvin Labs was sold for EUR 640 million.", "Quorvin Labs")]
    [InlineData("Kell Systems sold Tarnwell Media for USD 12 million.", "Tarnwell Media")]
    public void ANameBeforeForAndACurrencyCode_EndsBeforeFor(string text, string name) =>
        IsOneOrganisation(text, name);

    /// <summary>A known place followed by up to three words that end in a place word ("Coast", "Station", "Square") is one place, not
    /// the known place alone.</summary>
    [Theory]
    [InlineData("Matches start at noon on the Peru North Coast.", "Peru North Coast")]
    [InlineData("The office moved near the Tokyo Central Station in 2019.", "Tokyo Central Station")]
    [InlineData("The parade ended at the Lagos Apapa Ferry Station at noon.", "Lagos Apapa Ferry Station")]
    public void AKnownPlaceBeforeWordsEndingInAPlaceWord_IsOnePlace(string text, string name) =>
        IsOne(text, name, "LOCATION");

    /// <summary>A name left open right after a place and a comma, where its clause ends, is the region the place lies in, as addresses
    /// are written; a given name or a title there opens a person.</summary>
    [Theory]
    [InlineData("The painter was born in Tarnwell, Quorvale, and moved to the coast at twenty.", "Quorvale")]
    [InlineData("The mill stood on a farm near Harrowby, Kessmoor. It closed in 1990.", "Kessmoor")]
    public void AnOpenNameAfterAPlaceAndAComma_IsTheRegionItLiesIn(string text, string region) =>
        IsTypedBy(text, region, "LOCATION", "heuristic.place-after-place");

    [Theory]
    [InlineData("The shop is run by a family in Tarnwell, Ivo Quarnby. It opened in 1990 and sells bread.", "Ivo")]
    [InlineData("The budget was read out in Tarvia, Hon. Dr Ada Quarles presenting it to the house.", "Hon")]
    public void AGivenNameOrATitleAfterAPlaceAndAComma_IsNoRegion(string text, string opening)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => e.Type == "LOCATION" && a.Body[e.Start..e.End].StartsWith(opening));
    }

    /// <summary>A known company's one word that is the surname of a person the article names in full (after a title too), followed by
    /// "he" or "she" as the subject of what it reports, is that person; the company's name elsewhere stays the company.</summary>
    [Fact]
    public void ACompanysWordAsAPersonsSurnameBeforeHeOrShe_IsThePerson()
    {
        var a = Run("Senator Mina Ford spoke to farmers in Tarvia on Monday about the new rules. Ford added that she would vote against "
            + "the bill next week. Shares of Ford rose 2% on the day after the carmaker raised its forecast.");
        Assert.Equal("PERSON", At(a, "Mina Ford").Type); // a title, a given name and a company's word as surname: one person
        var spoken = a.Entities.First(e => a.Body[e.Start..e.End] == "Ford");
        Assert.Equal(("PERSON", "heuristic.surname-with-pronoun"), (spoken.Type, spoken.Rule));
        Assert.Equal("ORG", a.Entities.Last(e => a.Body[e.Start..e.End] == "Ford").Type);
    }

    /// <summary>A name that opens a sentence before what only a company has ("shares", "spokeswoman") is an organisation; a word the
    /// in-domain text writes in lower case is not, nor a word before people ("investors").</summary>
    [Theory]
    [InlineData("Tarnwell shares fell after the insurer set aside more money for claims. Tarnwell said its costs had risen.", "Tarnwell", "ORG")]
    [InlineData("Quorvane spokeswoman Ada Quarles said the plant would reopen in May.", "Quorvane", "ORG")]
    [InlineData("Bank shares fell after the rate decision on Tuesday.", "Bank", null)]
    public void NameBeforeWhatOnlyACompanyHas_AtASentencesStart(string text, string word, string? type)
    {
        var a = Run(text);
        Assert.Equal(type, a.Entities.FirstOrDefault(e => a.Body[e.Start..e.End] == word)?.Type);
    }

    /// <summary>Words that end the names of utilities, insurers, explorers and retailers make the name an organisation's.</summary>
    [Theory]
    [InlineData("Customers of Harlow Electric saw bills rise by a fifth this winter.", "Harlow Electric")]
    [InlineData("The deal makes Tarvel Mutual the largest insurer in the region.", "Tarvel Mutual")]
    [InlineData("Drilling by Kessmoor Exploration found oil off the coast last year.", "Kessmoor Exploration")]
    [InlineData("The outage left Pelleko Broadband customers offline for a day.", "Pelleko Broadband")]
    public void CompanyEndWords_MakeAnOrganisation(string text, string name) => Assert.Equal("ORG", At(Run(text), name).Type);

    /// <summary>Whose shareholders, customers or employees they are, and the partner of an "it", is an organisation; a town's name that
    /// opens such a name is part of it.</summary>
    [Theory]
    [InlineData("Shareholders of Brennick approved the merger at a meeting on Friday.", "Brennick")]
    [InlineData("Customers of Lumeq complained about delays in deliveries.", "Lumeq")]
    [InlineData("Telmark and its partner Quorvane will share the cost of the network.", "Quorvane")]
    [InlineData("The plan moves the unit, once a subsidiary of Leeds Quorvex, to the city.", "Leeds Quorvex")]
    public void WhatACompanyHasOrServes_BeforeItsName(string text, string name) => Assert.Equal("ORG", At(Run(text), name).Type);

    /// <summary>Two syllables of an East Asian given name joined by a hyphen are a given name; words that only look so are not.</summary>
    [Theory]
    [InlineData("Min-jun", true)]
    [InlineData("Ying-wen", true)]
    [InlineData("So-so", false)]
    [InlineData("Ha-ha", false)]
    [InlineData("Min-Jun", false)]
    public void SyllabicGivenNames(string word, bool given) => Assert.Equal(given, new GivenNameSet([]).Contains(word));

    [Fact]
    public void SyllabicGivenNameBeforeAPlaceWordSurname_IsAPerson()
    {
        var a = Run("The series stars Jun-ho Park as a detective in a small town.");
        Assert.Equal("PERSON", At(a, "Jun-ho Park").Type);
    }

    /// <summary>A person's cue that opens a sentence, a given name, then a surname that is also a place word: the person.</summary>
    [Fact]
    public void CueGivenNameAndAPlaceWordSurname_IsThePerson()
    {
        var a = Run("Actor Min-jun Park will play the lead role in the series.");
        Assert.Equal("PERSON", At(a, "Min-jun Park").Type);
    }

    /// <summary>The parties of a joint venture or a merger are organisations.</summary>
    [Fact]
    public void PartiesOfAJointVenture_AreOrganisations()
    {
        var a = Run("Shares rose on Monday. The joint venture between Orvane and Telmark will build a plant in Poland.");
        Assert.Equal("ORG", At(a, "Orvane").Type);
    }

    /// <summary>A known place's one word that is the surname of a person the article names in full, as a clause's subject or after
    /// "said", is that person, and so are its other mentions; after a word that leads to a place it stays the place.</summary>
    [Fact]
    public void APlacesWordAsAPersonsSurname_IsThePersonButAfterAPlacePreposition()
    {
        var a = Run("Mark Houston, a fund manager, said bonds looked cheap. Houston expects yields to fall by June. \"We are buyers,\" said "
            + "Houston. The fund has an office in Houston and another in Denver.");
        Assert.Equal("PERSON", At(a, "Mark Houston").Type);
        var words = a.Entities.Where(e => a.Body[e.Start..e.End] == "Houston").Select(e => e.Type).ToList();
        Assert.Equal(new[] { "PERSON", "PERSON", "LOCATION" }, words);
    }

    /// <summary>Given names before a surname that is also a place's name make the whole a person ("Ana Luisa" as "Roy E." is).</summary>
    [Fact]
    public void TwoGivenNamesThenAPlacesName_IsOnePerson()
    {
        var a = Run("The bank's deputy governor, Pedro Henrique Albuquerque, said rates would stay high for the rest of the year.");
        Assert.Equal("PERSON", At(a, "Pedro Henrique Albuquerque").Type);
    }

    /// <summary>A user name run onto a byline after the writer's name is no part of it; a surname with an inner capital still is.</summary>
    [Theory]
    [InlineData("Why the shares rose this week. Mina Okafor MOkafor Jul 1, 2025 at 5:03PM. The company sold more than it planned.",
        "Mina Okafor")]
    [InlineData("Why the shares rose this week. Mina Dee McKay wrote that the company sold more than it planned.", "Mina Dee McKay")]
    public void AUserNameAfterABylinesName_IsNoPartOfIt(string text, string name) =>
        IsOne(text, name, "PERSON");

    /// <summary>Wireless and cable standards are technologies, not bodies, even listed beside a company.</summary>
    [Fact]
    public void WirelessStandardsInAListWithACompany_AreNoOrganisations()
    {
        var a = Run("The speaker works anywhere: you can stream to it over Wi-Fi, Bluetooth, or Tarvel Corp's own link from a phone or a laptop.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] is "Wi-Fi" or "Bluetooth");
        Assert.Contains(a.Entities, e => e.Type == "ORG" && a.Body[e.Start..e.End].StartsWith("Tarvel"));
    }

    /// <summary>A city's or a state's word for its residents before a name is no part of the name.</summary>
    [Theory]
    [InlineData("\"It was packed,\" Londoner Mina Okafor said after the fair closed on Saturday night.", "Mina Okafor")]
    [InlineData("Queues grew all day, and Muscovite Ivo Marsh said he had waited two hours at the gate.", "Ivo Marsh")]
    public void AResidentsWordBeforeAName_IsNoPartOfIt(string text, string name) =>
        IsOne(text, name, "PERSON");

    /// <summary>A people's name in two words ("New Zealander", "Puerto Rican") before a person's name is no part of it, nor a place; nor is
    /// a nationality before a given name the list lacks, when the name speaks.</summary>
    [Theory]
    [InlineData("\"Prices keep climbing,\" New Zealander Kathie Dunmore told reporters at the market.", "Kathie Dunmore")]
    [InlineData("Rents doubled in a year, Puerto Rican Tom Bright said on Friday.", "Tom Bright")]
    [InlineData("The queue was long, Sri Lankan Mina Okafor said after voting.", "Mina Okafor")]
    [InlineData("\"We were lucky,\" Nigerian Kathie Dunmore said as the fair closed.", "Kathie Dunmore")]
    public void APeoplesNameBeforeAName_IsNoPartOfIt(string text, string name)
    {
        IsOne(text, name, "PERSON");
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => e.Type != "PERSON");
    }

    /// <summary>Common words after a nationality are a body's name, not a person's ("Irish Dock Workers said").</summary>
    [Fact]
    public void CommonWordsAfterANationality_AreNoPerson()
    {
        var a = Run("The strike was called off on Monday, Irish Dock Workers said.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    /// <summary>"Quorvin Thai": a word before a nationality that makes no known place with it opens a name, not a people's.</summary>
    [Fact]
    public void ANationalityAfterAWordThatMakesNoPlace_StaysInTheName()
    {
        var a = Run("Quorvin Thai Freight cut rates this week, and the carrier named Quorvin Thai in its notice.");
        Assert.Equal(2, a.Entities.Count(e => a.Body[e.Start..e.End].StartsWith("Quorvin Thai")));
    }

    /// <summary>A name typed a place only by its words or the preposition before it that the article has speak is an organisation; a
    /// place the gazetteer knows may speak for its government, and a name inside a person's speaks as the person.</summary>
    [Theory]
    [InlineData("Storage boxes are kept at Harlow Mountain sites across the state. Harlow Mountain said it would cut 300 jobs this year.",
        "Harlow Mountain")]
    [InlineData("The study was carried out in Tarvelline last week. Tarvelline noted that the sample was small, and more work is planned.",
        "Tarvelline")]
    public void AWeakPlaceThatSpeaks_IsAnOrganisation(string text, string name)
    {
        var a = Run(text);
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == name), e => Assert.Equal("ORG", e.Type));
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == name && e.Rule.EndsWith("+speaks"));
    }

    [Fact]
    public void AKnownPlaceOrAPersonThatSpeaks_KeepsItsType()
    {
        var a = Run("Talks were held in China on Monday. China said it would cut tariffs on farm goods from next year.");
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == "China"), e => Assert.Equal("LOCATION", e.Type));
        var b = Run("Ivo Marsh spoke to the board on Monday about the plan. A note from Marsh came later. Marsh said the plan would work.");
        Assert.All(b.Entities.Where(e => b.Body[e.Start..e.End].Contains("Marsh")), e => Assert.Equal("PERSON", e.Type));
    }

    /// <summary>A name read as a place only from the preposition before it ("from X") is an organisation when the recogniser leans that
    /// way over its words, and says so in its rule id; a name it reads as a place stays one.</summary>
    [Fact]
    public void APlaceReadFromItsPrepositionAlone_IsAnOrganisation_WhenTheModelLeansThatWay()
    {
        var a = Run("The quote was lifted from Wiktionary without credit, the editor said.");
        var w = At(a, "Wiktionary");
        Assert.Equal("ORG", w.Type);
        Assert.Equal("heuristic.place-preposition+model", w.Rule);
        Assert.Equal("LOCATION", At(Run("The flight left from Tarnwell at noon on Monday."), "Tarnwell").Type);
    }

    /// <summary>A language's name after "in" or "from" is what a text is written or spoken in, not a place; a place there still is one.</summary>
    [Theory]
    [InlineData("The notice was printed in Hindi for the workers.", "Hindi")]
    [InlineData("She answered in Mandarin before the vote.", "Mandarin")]
    [InlineData("The report was translated from Swahili last year.", "Swahili")]
    public void ALanguagesNameAfterAPreposition_IsNoPlace(string text, string language)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == language);
    }

    /// <summary>
    /// Common words capitalised after "in" or "from" that the recogniser reads as no name are a field or a thing, not a place; a
    /// name it reads as one stays ("from Wikipedia", above).
    /// </summary>
    [Theory]
    [InlineData("She has worked in Marketing for a decade and now runs the team.", "Marketing")]
    [InlineData("She holds a degree in Accounting and joined the firm last spring.", "Accounting")]
    public void CommonWordsAfterAPreposition_ThatTheModelReadsAsNoName_AreNoPlace(string text, string words)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == words);
    }

    /// <summary>Broadcasters, papers and press-release wires the organisations gazetteer names are organisations.</summary>
    [Theory]
    [InlineData("The deal was first reported by The Globe and Mail on Monday.", "Globe and Mail", "The Globe and Mail")]
    [InlineData("Quorvin signed a licensing deal with ESPN in March.", "ESPN", "ESPN")]
    [InlineData("Tarvia Labs announced the results in a statement on PR Newswire.", "PR Newswire", "PR Newswire")]
    [InlineData("Ivo Kessler told Süddeutsche Zeitung that the plan would go ahead.", "Süddeutsche Zeitung", "Süddeutsche Zeitung")]
    public void AMediaOutletTheGazetteerNames_IsAnOrganisation(string text, string mention, string name)
    {
        var a = Run(text);
        var m = Assert.Single(a.Entities, x => a.Body[x.Start..x.End] == mention);
        Assert.Equal(("ORG", name, "gazetteer.organisations"), (m.Type, m.Name, m.Rule));
    }

    /// <summary>An unknown word named with its state or country after a comma ("Tarvel, France") is a town; not a person's name, an
    /// organisation's word, a place's possessive ("Ohio's") nor a common word.</summary>
    [Fact]
    public void AWordBeforeACommaAndAKnownRegion_IsAPlace()
    {
        var a = Run("The group moved its office from Ardentby, Germany, to Tarvel, France, last year.");
        Assert.Equal(("LOCATION", "heuristic.place-before-region"), (At(a, "Tarvel").Type, At(a, "Tarvel").Rule));
        Assert.Equal("LOCATION", At(a, "Ardentby").Type);
        var b = Run("The panel met Ada Quarles, France, and Orrin Vaskel, Canada, on Monday. Staff at Tarvia College, Ohio, agreed.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.place-before-region");
        var c = Run("Results came from Quorvale, Ohio's largest county, on Tuesday.");
        Assert.DoesNotContain(c.Entities, e => e.Rule == "heuristic.place-before-region");
    }

    /// <summary>Two words after a credit line's label and colon ("Photo:", "Photographer:") name the person credited; an organisation
    /// word among them keeps them a firm.</summary>
    [Fact]
    public void TheNameAfterACreditLabel_IsAPerson()
    {
        var a = Run("Shares fell sharply on the open. Photo: Orrin Vaskel\n\nTraders watched the screens. Photographer: Kessa Vrell / Tarvia News");
        Assert.Equal(("PERSON", "heuristic.person-cue"), (At(a, "Orrin Vaskel").Type, At(a, "Orrin Vaskel").Rule));
        Assert.Equal("PERSON", At(a, "Kessa Vrell").Type);
        Assert.Equal("ORG", At(Run("The index rose for a third day. Photo: Tarvia Capital"), "Tarvia Capital").Type);
    }

    /// <summary>The words British and other football clubs end their names with (Rovers, Wanderers, Athletic, Albion, Rangers, Hotspur)
    /// make the run a club, not the town it is named after nor a person the "by" before it suggests.</summary>
    [Theory]
    [InlineData("Harlow were held to a draw by Tarnwell Rovers on Saturday.", "Tarnwell Rovers")]
    [InlineData("The striker moved to Quorvin Wanderers in March.", "Quorvin Wanderers")]
    [InlineData("Tickets for Tarvia Athletic sold out in an hour.", "Tarvia Athletic")]
    [InlineData("The coach left Harlow Albion after one season.", "Harlow Albion")]
    public void AFootballClubsNameEnding_MakesTheRunAClub(string text, string name) =>
        IsOneOrganisation(text, name);

    [Theory]
    [InlineData("Members of the Roman Catholic Church gathered outside.", "Roman Catholic Church")]
    [InlineData("The album came out on Dale Records in the spring.", "Dale Records")]
    [InlineData("Tickets for the Dave Hollis Band sold out within an hour.", "Dave Hollis Band")]
    public void AGivenNameRunEndingInAnOrganisationWord_IsAnOrganisation(string text, string name) =>
        IsOneOrganisation(text, name);

    /// <summary>The head words of public institutions (a municipality, a library, a museum, a diocese) make their names organisations.</summary>
    [Theory]
    [InlineData("The Municipality of Quorvin asked the schools to pay the tax.", "Municipality of Quorvin")]
    [InlineData("The letters were given to the Tarnwell Public Library in 1990.", "Tarnwell Public Library")]
    [InlineData("The painting went to the Harlow Museum of Art last year.", "Harlow Museum of Art")]
    public void AnInstitutionsHeadWord_MakesItsNameAnOrganisation(string text, string name) =>
        IsOneOrganisation(text, name);

    /// <summary>A city's newspaper titled with two words joined by a hyphen ("Post-Gazette", "Star-Telegram", "Journal-Constitution")
    /// is an organisation, not the city and not a person whose given name the city's name is.</summary>
    [Theory]
    [InlineData("The story was first reported by the Austin Courier-Statesman on Monday.", "Austin Courier-Statesman")]
    [InlineData("An editorial in the Pittsburgh Post-Telegram disagreed.", "Pittsburgh Post-Telegram")]
    [InlineData("Readers of the Atlanta Journal-Ledger wrote in.", "Atlanta Journal-Ledger")]
    public void ACitysHyphenedNewspaperTitle_IsAnOrganisation(string text, string name) =>
        IsOneOrganisation(text, name);

    [Fact]
    public void AnAcronymNamedOnce_IsAnOrganisation_WhenItHasASpokesperson()
    {
        var a = Run("Staff plan to strike. A QRVN spokeswoman said talks would go on.");
        Assert.Equal("ORG", At(a, "QRVN").Type);
    }

    /// <summary>An acronym named once before a kind of body that ends its phrase ("the QRVN workers' union") is that body.</summary>
    [Theory]
    [InlineData("Ana Roe, who joined the QRVN workers' union in May, backs the vote.", "QRVN")]
    [InlineData("The TDLC union has vowed to keep on striking.", "TDLC")]
    [InlineData("The KSM ad agency was paid for its slogan.", "KSM")]
    public void AnAcronymNamedOnce_IsAnOrganisation_BeforeAKindOfBody(string text, string acronym) =>
        Assert.Equal("ORG", At(Run(text), acronym).Type);

    /// <summary>
    /// A name after a word that goes before an organisation's ("the ruling TPLA", "state-owned Quellco"), an acronym named once too, or
    /// before ", a <kind>" and a verb (", a state department finds") is an organisation's.
    /// </summary>
    [Theory]
    [InlineData("Critics of the ruling TPLA say the count was rigged.", "TPLA")]
    [InlineData("Voters punished the ruling Tarn Front in May.", "Tarn Front")]
    [InlineData("Pension funds sold their stakes to state-owned Quellco last year.", "Quellco")]
    [InlineData("Data from QDRA, a Tarvian farm ministry agency shows that yields fell.", "QDRA")]
    [InlineData("Investors dumped shares in QRVB after the audit.", "QRVB")]
    public void ANameAfterAWordThatGoesBeforeAnOrganisations_IsOne(string text, string name) =>
        Assert.Equal("ORG", At(Run(text), name).Type);

    /// <summary>
    /// More words that tell an organisation: "founded" before its name, "party" after it ("the Tarn League party"), "who" after a kind
    /// in apposition (", the drug maker who run the plant"), whose opening "Neither" is no part of the name.
    /// </summary>
    [Theory]
    [InlineData("In 1990 she founded Quorvex with two friends.", "Quorvex")]
    [InlineData("The Tarn League party won six seats.", "Tarn League")]
    [InlineData("Costs rose. Neither Quellmark, the drug maker who run the plant, nor the state will pay.", "Quellmark")]
    public void MoreWordsThatTellAnOrganisation(string text, string name) => Assert.Equal("ORG", At(Run(text), name).Type);

    /// <summary>A listed name with "&amp;" is found with "and" spelled out too ("Procter and Gamble"), keeping its ticker.</summary>
    [Fact]
    public void AKnownNameWithAnAmpersand_IsFoundWithAndSpelledOut()
    {
        var a = Run("Procter and Gamble raised its prices in May.");
        Assert.Equal(("ORG", "PG"), (At(a, "Procter and Gamble").Type, At(a, "Procter and Gamble").Ticker));
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    /// <summary>"Further, the magazine claims": a common word opening the sentence before ", the" and a kind is no organisation.</summary>
    [Theory]
    [InlineData("Sales fell. Moreover, the magazine argues that prices rose.")]
    [InlineData("Sales fell. Today, the company says it will grow.")]
    public void ACommonWordBeforeTheSubjectOfItsSentence_IsNoOrganisation(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "ORG");

    /// <summary>
    /// ", who" after two names joined by "and" may speak of both: a name there that opens with no given name is no person for it
    /// ("Harlow Freight Lines (HFL) and Brenvik Star Orla, who hold half of it"); one that opens with a given name still is.
    /// </summary>
    [Fact]
    public void ANameAfterAnd_BeforeWho_IsNoPersonForIt_WithoutAGivenName()
    {
        var a = Run("Harlow Freight Lines (HFL) and Brenvik Star Orla, who jointly hold half the airline, plan to sell.");
        Assert.DoesNotContain(a.Entities, x => x.Type == "PERSON");
        Assert.Equal("PERSON", At(Run("The deal was struck by Ivo Marsh and Ana Roe, who own the firm."), "Ana Roe").Type);
    }

    /// <summary>The words of an office before its title and holder are no person ("by Shadow Home Secretary Ivo Marsh").</summary>
    [Theory]
    [InlineData("The plan was attacked by Shadow Home Secretary Ivo Marsh on Monday.")]
    [InlineData("The Home Office disagreed. Tarvia's Shadow Home Secretary Ivo Marsh said it would fail, and the Home Office replied.")]
    public void TheWordsOfAnOfficeBeforeItsTitleAndHolder_AreNoPerson(string text)
    {
        var a = Run(text);
        Assert.Equal("PERSON", At(a, "Ivo Marsh").Type);
        Assert.DoesNotContain(a.Entities, x => x.Type == "PERSON" && a.Body[x.Start..x.End].Contains("Shadow"));
    }

    /// <summary>"DJ" before a name is part of the stage name, as a royal title is of a royal's ("DJ TARNO", "DJ Ivo Marsh").</summary>
    [Theory]
    [InlineData("The party had sets by DJ TARNO and a brass band.", "DJ TARNO")]
    [InlineData("The night closed with DJ Ivo Marsh on the decks.", "DJ Ivo Marsh")]
    public void ADjBeforeAName_IsPartOfTheStageName(string text, string name)
    {
        var a = Run(text);
        Assert.Equal("PERSON", At(a, name).Type);
    }

    /// <summary>The groups of leading economies are bodies that issue statements: "the G20 said", "the G-7 agreed".</summary>
    [Theory]
    [InlineData("In a joint statement, the G20 said growth was uneven.", "G20")]
    [InlineData("Ministers of the G-7 agreed to meet again in May.", "G-7")]
    public void TheGroupsOfLeadingEconomies_AreOrganisations(string text, string name) =>
        IsOneOrganisation(text, name);

    [Fact]
    public void AHyphenedCompoundAfterAWordThatIsNoPlace_IsNoNewspaper()
    {
        var a = Run("Die Analyse der US-Bank zeigt, dass Cloud-Gaming wächst.");
        Assert.DoesNotContain(a.Entities, x => a.Body[x.Start..x.End].Contains("Cloud-Gaming"));
    }

    /// <summary>A role word after a name and a comma makes it a person's only where it ends the role's own phrase: not as a modifier of
    /// another noun ("an activist group"), nor as the title of the next name ("…, Trade Minister Olu Benn"), nor inside a clause
    /// ("…, said that the President's plan").</summary>
    [Theory]
    [InlineData("Speaking at the Harbin Ledger Forum, Tarvian Trade Minister Olu Benn praised the deal.", "Harbin Ledger Forum")]
    [InlineData("A spokesman for the group Fair Lanes Campaign, said that the President's plan was weak.", "Fair Lanes Campaign")]
    [InlineData("Hold Fast Together, a gay rights activist group, opposed the bill.", "Hold Fast Together")]
    public void ARoleWordThatModifiesAnotherNoun_MakesNoPerson(string text, string name) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "PERSON" && e.Name == name);

    [Theory]
    [InlineData("The house sold in a week. Agent Carla Ostrow from Harlow Property said buyers loved the garden.", "Harlow Property")]
    [InlineData("The clinic reopened. Dr. Ines Marr of Quayside Health said the wait was over.", "Quayside Health")]
    [InlineData("Ilan Varga, an elected Alderman of Tarnby said the site was unsafe.", "Alderman of Tarnby")]
    public void WhomASpeakerIsWith_BeforeTheVerb_IsNoSpeaker(string text, string name) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "PERSON" && e.Name == name);

    [Fact]
    public void APortfolioBeforeAMinistersName_IsNoPartOfIt() =>
        Assert.Contains(Run("The plan was approved. Chief of Staff Mark Okafor said the vote would be close.").Entities,
            e => e.Type == "PERSON" && e.Name == "Mark Okafor");

    [Theory]
    [InlineData("Jade Orrin from the charity Clear Tarn told reporters the ban was overdue.", "Clear Tarn")]
    [InlineData("The campaign group Bright Lanes said the plan was too timid.", "Bright Lanes")]
    public void ANameAfterAWordForAKindOfBody_IsThatBody(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "ORG" && e.Name == name);

    [Theory]
    [InlineData("The whips told Harlow MPs to abstain. Harlow MPs said they would not.")]
    [InlineData("Opposition MEPs rejected the text, and Opposition MEPs will vote again.")]
    public void ARunBeforeAPluralOfMembers_NamesNoPerson(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "PERSON");

    [Fact]
    public void AnAward_IsNoBody_ButTheFoundationThatGivesItIs()
    {
        var a = Run("She won the Harlow Film Academy Award for Best Actress in 2008. The Vell Prize Foundation paid for the gala.");
        Assert.DoesNotContain(a.Entities, e => e.Name.Contains("Award", StringComparison.Ordinal));
        Assert.Contains(a.Entities, e => e.Type == "ORG" && e.Name == "Vell Prize Foundation");
    }

    [Fact]
    public void AnAcronymAfterAYear_StaysAName() =>
        Assert.Contains(Run("The 2019 TRVL season ended early. The TRVL said crowds fell, and TRVL owners agreed.").Entities,
            e => e.Type == "ORG" && e.Name == "TRVL");

    [Fact]
    public void AnAcronymThatIsAlsoAWord_StaysAName_WhenNotShouted() =>
        Assert.Contains(Run("The WHO warned on Monday. Those who travel should test, and the WHO said cases rose.").Entities,
            e => e.Type == "ORG" && e.Name == "WHO");

    [Fact]
    public void ABenchmarkCrude_IsNotAPerson()
    {
        var a = Run("Prices of Brent Crude rose 2% on Monday as supply fell.");
        Assert.DoesNotContain(a.Entities, x => x.Type == "PERSON");
    }

    [Fact]
    public void FirmsNamedAfterPeople_AreKnownCompanies_NotPeople()
    {
        var a = Run("Analysts at Raymond James raised their target, while Ralph Lauren shares fell and Deloitte audited the accounts.");
        Assert.Equal("RJF", Assert.Single(a.Entities, x => a.Body[x.Start..x.End] == "Raymond James").Ticker);
        Assert.Equal("ORG", Assert.Single(a.Entities, x => a.Body[x.Start..x.End] == "Ralph Lauren").Type);
        Assert.Equal("ORG", Assert.Single(a.Entities, x => a.Body[x.Start..x.End] == "Deloitte").Type);
        Assert.DoesNotContain(a.Entities, x => x.Type == "PERSON");
    }

    [Fact]
    public void Gazetteer_KnowsCompaniesPlacesAndAgencies()
    {
        var a = Run("Tesla rose in New York while the Federal Reserve held rates and the yen rallied in Tokyo.");
        Assert.Equal("TSLA", At(a, "Tesla").Ticker);
        Assert.Equal("LOCATION", At(a, "New York").Type);
        Assert.Equal("ORG", At(a, "Federal Reserve").Type);
        Assert.Equal("LOCATION", At(a, "Tokyo").Type);
        Assert.All(a.Entities, e => Assert.False(string.IsNullOrEmpty(e.Rule)));
    }

    [Theory]
    [InlineData("Senior author Dr. Silvia S. Quarles, associate professor, said the data were clear.", "Silvia S. Quarles")]
    [InlineData("The statement came from Kentucky Gov. Matt Bevin on Tuesday.", "Matt Bevin")]
    [InlineData("Eswar Prasad, a trade professor at Cornell, doubted the deal.", "Eswar Prasad")]
    [InlineData("The filing named Patrick W. Quellmark Jr., 55, of Addison.", "Patrick W. Quellmark Jr.")]
    [InlineData("The talks were led by Trade Representative Tomasz Wielgus and his deputy.", "Tomasz Wielgus")]
    [InlineData("On Monday, Harlow High School Principal Mary Quellin wrote to parents.", "Mary Quellin")]
    [InlineData("He met European Union Gordon Halvorsen on Friday.", "Gordon Halvorsen")]
    [InlineData("The union said the offer failed. Later, HWU DGS Mina Okafor said members were angry.", "Mina Okafor")]
    [InlineData("The vote was close, said Tarvian MEP Gordon Halvorsen on Friday.", "Gordon Halvorsen")]
    [InlineData("The plan was late. Emily Quarles said so on Friday.", "Emily Quarles")]
    [InlineData("The plan was late. Ahmed Tarvin told reporters it was fine.", "Ahmed Tarvin")]
    [InlineData("The plan was late. Billy Okafor agreed with both of them.", "Billy Okafor")]
    [InlineData("Shares fell after Oruvel Quarles resigned on Tuesday.", "Oruvel Quarles")]
    [InlineData("In 2020, two-year-old Tavish Orrin died after a fall.", "Tavish Orrin")]
    [InlineData("The head of the Tarvia Refugee Council Enver Quarles told reporters the form was too long.", "Enver Quarles")]
    [InlineData("The leader of the Tarn People Party Rajnath Oduya, who visited the site, spoke.", "Rajnath Oduya")]
    [InlineData("After Fiona Hill left the council, her post stayed empty.", "Fiona Hill")]
    [InlineData("Ravindra Ojukwu, the former special envoy to the region, declined to comment.", "Ravindra Ojukwu")]
    [InlineData("Ravindra Ojukwu, Head of Research at a Mumbai brokerage, declined to comment.", "Ravindra Ojukwu")]
    [InlineData("Rep. Alexandria Okonkwo-Reyes (D-N.Y.) linked the incident to the report.", "Alexandria Okonkwo-Reyes")]
    [InlineData("The fund is run by Austin Whitfield from an office in Denver.", "Austin Whitfield")]
    [InlineData("The firm hired Oriol Tenvane, 54, last year.", "Oriol Tenvane")]
    [InlineData("Quill Harrow, who joined the board in 2019, resigned.", "Quill Harrow")]
    [InlineData("Prices will fall, Stanley Orrisk of the fund predicted on Monday.", "Stanley Orrisk")]
    [InlineData("The lender's chief economist, Sun-hee Park, expects two cuts.", "Sun-hee Park")]
    [InlineData("Its chief strategist, Tovin Hill, expects two cuts.", "Tovin Hill")]
    [InlineData("The opposition leader Tovin Sarapa-orn rejected the plan.", "Tovin Sarapa-orn")]
    [InlineData("Prices slid. Harlow Securities oil analyst, Tavin Orrosk, called it a panic.", "Tavin Orrosk")]
    [InlineData("Tarvian Foreign Affairs Minister, Quilla Darrowe, said the talks had ended.", "Quilla Darrowe")]
    [InlineData("The agency's chief executive, Brannagh Long, said it would take long.", "Brannagh Long")]
    [InlineData("Brannagh Ode, an aide to the mayor, said the vote was close.", "Brannagh Ode")]
    [InlineData("Brannagh Ode, campaign spokeswoman for the mayor, said the vote was close.", "Brannagh Ode")]
    [InlineData("Brannagh Ode, former Tarvian finance minister\n\nTarvia's police held him on Monday.", "Brannagh Ode")]
    [InlineData("Water Board Chief Executive, Ellarie Young, said: “Young and old will pay the same.” Rates for the young stay.", "Ellarie Young")]
    public void PersonNames_WithInitialsTitlesAndAppositives(string text, string name)
    {
        var a = Run(text);
        var m = At(a, name);
        Assert.Equal("PERSON", m.Type);
    }

    [Fact]
    public void TitleInsideACapitalisedRun_IsNotPartOfTheName()
    {
        var a = Run("The statement came from National Security Adviser Tomasz Wielgus on Friday.");
        var m = At(a, "Tomasz Wielgus");
        Assert.Equal("PERSON", m.Type);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains("Adviser"));
    }

    [Theory]
    [InlineData("Hello, I'm Marta Quell and I run the shop.", "Marta Quell")]
    [InlineData("“I’ve told Jonas Brandt twice,” she said.", "Jonas Brandt")]
    public void AFirstPersonContraction_IsNoPartOfTheNameAfterIt(string text, string name) => Assert.Equal("PERSON", At(Run(text), name).Type);

    [Theory]
    [InlineData("The team flew to Bosnia and Herzegovina on Monday.", "Bosnia and Herzegovina")]
    [InlineData("Tourism in St Kitts and Nevis grew.", "St Kitts and Nevis")]
    [InlineData("Banks in the Turks and Caicos Islands were closed.", "Turks and Caicos Islands")]
    public void CountriesWhoseNamesHoldAnd_AreOnePlace(string text, string name) => Assert.Equal("LOCATION", At(Run(text), name).Type);

    [Fact]
    public void LawsEventsAndNationalities_AreNotEntities()
    {
        var a = Run("Lawmakers debated the Affordable Care Act before Election Day, while North American automakers and Swiss bankers waited.");
        Assert.Empty(a.Entities);
    }

    [Theory]
    [InlineData("The minister told Afghan reporters on Monday that talks would resume. Afghan officials later confirmed the date.")]
    [InlineData("Prices rose, according to Ghanaian traders. Ghanaian exporters expect more orders.")]
    [InlineData("The coach spoke to Paralympic athletes in Paris. Paralympic events start in August.")]
    public void NationalitiesOfAnyCountry_AreNotOrganisations(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "ORG");

    [Fact]
    public void ACapitalisedCommonPhrase_TheArticleAlsoWritesInLowerCase_IsNoOrganisation()
    {
        var a = Run("The plan backs coastal energy projects. Its Coastal Energy arm will sell wind power.");
        Assert.DoesNotContain(a.Entities, e => e.Name == "Coastal Energy" && e.Type == "ORG");
        var c = Run("Tarnwell said its new fund will invest in clean energy. The fund, named for \"Clean Energy Before Coal\", opens in May.");
        Assert.DoesNotContain(c.Entities, e => e.Name == "Clean Energy" && e.Type == "ORG");
        var b = Run("Voters asked the election commission for a recount. The Election Commission said on Monday it would decide soon.");
        Assert.Contains(b.Entities, e => e.Name == "Election Commission" && e.Type == "ORG");
    }

    [Theory]
    [InlineData("The QRTX 250 rose 1% on Monday. Miners led the QRTX higher, and the QRTX 250 closed at a record.", "QRTX")]
    [InlineData("Should I put my savings in a TVP? A TVP is a tax-free plan, and each TVP has a limit.", "TVP")]
    [InlineData("He asked what is an HWA. The HWA pays for glasses, and my HWA ran out in May.", "HWA")]
    [InlineData("Ministers backed a bigger SDR allocation. The SDR is a reserve asset, and the SDR basket gained the yuan.", "SDR")]
    [InlineData("Banks cut their NPL ratios as the NPL market grew; one NPL buyer paid 30 cents.", "NPL")]
    public void AnAcronymForAnIndexOrAScheme_IsNoOrganisation(string text, string acronym) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Name == acronym && e.Type == "ORG");

    [Fact]
    public void AnAcronymUsedAsAModifierOrWithAYear_CanStillBeAnOrganisation() =>
        Assert.Contains(Run("A QVB spokesman said the QVB 2024 report was late. The QVB declined to comment further.").Entities,
            e => e.Name == "QVB" && e.Type == "ORG");

    [Fact]
    public void TwoPeopleRunTogether_AreBothFound()
    {
        var a = Run("Markets closed lower. By Ana Roe Tomas Quell is now 60 years old and still runs the bank.");
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && e.Name == "Ana Roe");
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && e.Name == "Tomas Quell");
    }

    [Fact]
    public void AKnownHyphenatedName_IsFound_InTextTokenisedWithSpacedHyphens()
    {
        var a = Run("Shares of Coca - Cola rose while Mercedes - Benz fell.");
        Assert.Contains(a.Entities, e => e.Name == "Coca-Cola Co." && e.Ticker == "KO" && e.Start == 10 && e.End == 21);
        Assert.Contains(a.Entities, e => e.Name == "Mercedes-Benz Group AG" && e.Type == "ORG");
    }

    [Theory]
    [InlineData("Shares of Valdren Pharmaceuticals (VXR) fell after the note. Later VXR recovered.", "Valdren Pharmaceuticals", "VXR")]
    [InlineData("It plans to buy chipmaker Quorvin (QRVK) in a deal.", "Quorvin", "QRVK")]
    [InlineData("The Tarnwell Policy Center (TPC) said so on Monday.", "Tarnwell Policy Center", "TPC")]
    public void CapitalsInBracketsAfterAnOrganisation_NameIt(string text, string name, string shortForm)
    {
        var a = Run(text);
        var org = At(a, name);
        Assert.Equal("ORG", org.Type);
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == shortForm), e => Assert.Equal(org.EntityId, e.EntityId));
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == shortForm);
        Assert.Equal("", org.Ticker); // a short form in brackets may be a ticker or an abbreviation: no ticker is claimed
    }

    [Fact]
    public void ASentenceAfterARegnalNumber_IsNoPartOfTheName()
    {
        var a = Run("The museum bought the Book of Hours of King Francois I. Between 2000 and 2013, it also paid for repairs.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains("Between"));
    }

    [Fact]
    public void AKnownNameWithAnApostrophe_IsFound_WithTheTypographicOne()
    {
        var a = Run("Sales at McDonald’s rose, and Wendy’s said it would match the price.");
        Assert.Contains(a.Entities, e => e.Name == "McDonald's Corp." && e.Ticker == "MCD" && e.Start == 9 && e.End == 19);
        Assert.Contains(a.Entities, e => e.Name == "The Wendy's Co." && e.Type == "ORG");
    }

    [Fact]
    public void AWordBeforeAPossessive_IsTheCompanyNamedByThatPossessiveAndALegalForm()
    {
        var a = Run("The chain is run by Tarnbury's Ltd, and each Tarnbury's store opens at six. Ellis’s Plc said Ellis’s stores would close.");
        var company = At(a, "Tarnbury's Ltd");
        Assert.Equal("ORG", company.Type);
        Assert.Contains(a.Entities, e => e.EntityId == company.EntityId && e.Start == a.Body.IndexOf("Tarnbury's store", StringComparison.Ordinal));
        var other = At(a, "Ellis’s Plc");
        Assert.Contains(a.Entities, e => e.EntityId == other.EntityId && e.Start == a.Body.IndexOf("Ellis’s stores", StringComparison.Ordinal));
        // a given name alone is first read as a person's; before a possessive, in an article about that name's company, it is the company
        var b = Run("Shares of Carmen's Corp. rose on Monday. Each Carmen’s store opened late.");
        var carmen = At(b, "Carmen's Corp.");
        Assert.Contains(b.Entities, e => e.EntityId == carmen.EntityId && e.Type == "ORG" && e.Start == b.Body.IndexOf("Carmen’s", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Trains left Victoria Station late on Friday.", "Victoria Station")]
    [InlineData("Fans filled the Maria Stadium for the final.", "Maria Stadium")]
    [InlineData("Visitors to the Ada Museum rose by a third.", "Ada Museum")]
    [InlineData("Books from the Margaret Library were sold at auction.", "Margaret Library")]
    public void ABuildingNamedAfterSomeone_IsNoPerson(string text, string name) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "PERSON" && e.Name.Contains(name.Split(' ')[0]));

    [Fact]
    public void ABodyOnAPlace_IsWhereItStands_NotItsName()
    {
        foreach (var text in new[] { "A Primary School on Tasmania will close in June.", "The School on Tasmania's east coast will close in June." })
        {
            var entities = Run(text).Entities;
            Assert.DoesNotContain(entities, e => e.Name.Contains("on Tasmania"));
            Assert.Contains(entities, e => e.Name == "Tasmania" && e.Type == "LOCATION");
        }
    }

    /// <summary>"Secretary of State Ana Roe": after a title and "of"/"for", the office's field, then its holder's name.</summary>
    [Theory]
    [InlineData("Talks began after Secretary of State Zelphine Oakridge arrived in Tarvia.", "Zelphine Oakridge")]
    [InlineData("The Minister for Foreign Affairs Ivo Marsh said the talks would go on.", "Ivo Marsh")]
    [InlineData("The Chancellor of the Exchequer Tomas Ilvers cut the rate.", "Tomas Ilvers")]
    [InlineData("The Ambassador to the United States Quorin Velasko spoke first.", "Quorin Velasko")]
    public void HolderAfterTheOfficesField_IsThePerson(string text, string name)
    {
        var e = Assert.Single(Run(text).Entities, x => x.Type == "PERSON");
        Assert.Equal(name, e.Name);
    }

    [Theory]
    [InlineData("He met the President of the Tarvia Central Bank on Monday.")]
    [InlineData("She joined the Centre for Policy Studies last year.")]
    public void AnOrganisationAfterAnOffice_IsNoPerson(string text) => Assert.DoesNotContain(Run(text).Entities, x => x.Type == "PERSON");

    /// <summary>"The party's leader, Quorin Velasko, said": a name set off by commas before a verb of saying is a person's.</summary>
    [Theory]
    [InlineData("The party's leader, Quorin Velasko, said that the board had resigned.", "Quorin Velasko")]
    [InlineData("However finance minister, Doctor Quorin Velasko, said the money had run out.", "Quorin Velasko")]
    public void NameSetOffByCommasBeforeSaying_IsAPerson(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "PERSON" && e.Name == name);

    [Fact]
    public void FirmSetOffByCommasBeforeSaying_IsNoPerson() =>
        Assert.DoesNotContain(Run("The group that owns her catalogue, Tarn Machine, says it will not sell.").Entities, e => e.Type == "PERSON");

    /// <summary>A name the page hyphenates softly (U+00AD) is found whole; its name drops the soft hyphen, its mention keeps the text.</summary>
    [Fact]
    public void SoftlyHyphenatedName_IsOneName_WithoutTheSoftHyphen()
    {
        var a = Run("The fund is run by Ada Quar\u00ADles, who joined in May.");
        var e = Assert.Single(a.Entities, x => x.Type == "PERSON");
        Assert.Equal("Ada Quarles", e.Name);
        Assert.Equal("Ada Quar\u00ADles", a.Body[e.Start..e.End]);
    }

    /// <summary>"House" alone is the House of Representatives, but not as the last word of another name ("the Tarnwell Pump House").</summary>
    [Theory]
    [InlineData("Volunteers restored the Tarnwell Pump House last year.", false)]
    [InlineData("Tourists queued outside the Quorvin House on Sunday.", false)]
    [InlineData("The gowns were shown by the House of Tarvel in Paris.", false)]
    [InlineData("Tours of the Ada Microsoft House start in May.", false)]
    [InlineData("The US House voted on the budget late on Monday.", true)]
    [InlineData("The House voted on the budget late on Monday.", true)]
    [InlineData("The bill now goes to the Lower House for a vote.", true)]
    [InlineData("Budget cuts were debated. Several House members objected.", true)]
    public void HouseAlone_IsTheChamber_NotTheEndOfAnotherName(string text, bool chamber) =>
        Assert.Equal(chamber, Run(text).Entities.Any(e => e.Name == "House of Representatives"));

    /// <summary>
    /// A body's alias and its own name that overlap are one mention: "U.S. House" (an alias) and "House of Representatives" (the name)
    /// in "U.S. House of Representatives"; the alias alone stays the alias.
    /// </summary>
    [Theory]
    [InlineData("The U.S. House of Representatives passed the Tarvel bill on Monday.", "U.S. House of Representatives")]
    [InlineData("Critics of the plan wrote to the US House of Representatives in May.", "US House of Representatives")]
    [InlineData("The U.S. House passed the Tarvel bill on Monday.", "U.S. House")]
    [InlineData("Officials at the U.S. Treasury Department declined to comment.", "U.S. Treasury Department")]
    public void AnAliasOverlappingTheBodysName_IsOneMention(string text, string mention)
    {
        var a = Run(text);
        var e = Assert.Single(a.Entities, x => x.Type == "ORG");
        Assert.Equal(mention, a.Body[e.Start..e.End]);
    }

    /// <summary>
    /// "the US Commodity Futures Trading Commission ... the Commodity Futures Trading Commission": a country's letters before a body
    /// the lists know name that body, one entity with the mentions without them; a state's name before a body's word names its own
    /// ("the Georgia Senate").
    /// </summary>
    [Theory]
    [InlineData("The US Commodity Futures Trading Commission fined Tarvel Loans. The Commodity Futures Trading Commission said more fines were due.",
        "US Commodity Futures Trading Commission")]
    [InlineData("The U.K. Financial Conduct Authority fined Tarvel Loans. Tarvel said the Financial Conduct Authority was wrong.",
        "U.K. Financial Conduct Authority")]
    public void ACountrysLettersBeforeAKnownBody_NameThatBody(string text, string prefixed)
    {
        var a = Run(text);
        var mentions = a.Entities.Where(x => x.Type == "ORG" && x.Name != "Tarvel Loans" && x.Name != "Tarvel").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Single(mentions.Select(x => x.EntityId).Distinct());
        Assert.Contains(mentions, x => a.Body[x.Start..x.End] == prefixed);
    }

    /// <summary>A facility's word ends no person's name, even after a known company and a given name ("the Hilton Grace Hotel").</summary>
    [Theory]
    [InlineData("Negotiators met at the Hilton Grace Hotel in Houston on Friday.")]
    [InlineData("Fans queued outside the Emirates Victoria Stadium before the final.")]
    public void AGivenNameBeforeAFacilityWord_IsNoPerson(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "PERSON");

    /// <summary>
    /// A kind of organisation inside a phrase after the appositive's head does not make the name one: "Brennick, a spokesman for the
    /// airline" is the spokesman; "Quellmark, a unit of the Tarn group" is still the unit.
    /// </summary>
    [Theory]
    [InlineData("Brennick, a spokesman for the airline, declined to comment.", "Brennick", false)]
    [InlineData("Telmark, a member of the Harlow group, voted against the plan.", "Telmark", false)]
    [InlineData("Quellmark, a unit of the Tarn group, makes valves.", "Quellmark", true)]
    [InlineData("Orvane, a Houston-based maker of valves, cut jobs.", "Orvane", true)]
    public void AnOrganisationKindAfterAPreposition_IsNotTheAppositivesHead(string text, string name, bool org)
    {
        var a = Run(text);
        Assert.Equal(org, a.Entities.Any(e => e.Type == "ORG" && a.Body[e.Start..e.End] == name));
    }

    /// <summary>A known place is not "for" anything: "an analyst in Houston for Quorvin Capital Advisors" names the place and the firm apart.</summary>
    [Fact]
    public void APlaceThenForThenAFirm_AreTwoNames()
    {
        var a = Run("Ada Quarles, an analyst based in Houston for Quorvin Capital Advisors, said demand was rising.");
        Assert.Contains(a.Entities, e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == "Houston");
        Assert.Contains(a.Entities, e => e.Type == "ORG" && a.Body[e.Start..e.End] == "Quorvin Capital Advisors");
    }

    /// <summary>An appointment verb, a name of two or three words and "as" a role: the name is a person's, given name known or not.</summary>
    [Theory]
    [InlineData("The board named Velko Brannic as chief financial officer on Monday.", "Velko Brannic", true)]
    [InlineData("Shareholders elected Orsu Taviel as its new chairman.", "Orsu Taviel", true)]
    [InlineData("Tarvel hired Harlow Brennick as its adviser on the sale.", "Harlow Brennick", false)]
    [InlineData("The council named Tarn Valley Holdings as preferred bidder.", "Tarn Valley Holdings", false)]
    public void ANameAppointedAsARole_IsAPerson(string text, string name, bool person)
    {
        var a = Run(text);
        Assert.Equal(person, a.Entities.Any(e => e.Type == "PERSON" && a.Body[e.Start..e.End] == name));
    }

    /// <summary>
    /// An upper-case role that ends a sentence ("named a new CEO.") is no abbreviation like "Gov.": the next sentence's first word is not
    /// a name after a title, and a pronoun run together with a verb ("We’ve", "They'd") or "not" ("Don't") is never a name.
    /// </summary>
    [Theory]
    [InlineData("Tarnwell Group named Ada Quarles as its president and CEO. We’ve asked her about the plan.", "We’ve")]
    [InlineData("The bank paid its CEO well. We'd expected more, an investor said.", "We'd")]
    [InlineData("The fund hired a new CIO. They’ll meet on Monday.", "They’ll")]
    [InlineData("Quellmark has a new COO. Don't expect changes soon, an analyst said.", "Don't")]
    public void AWordAfterAnUpperCaseRoleEndingASentence_IsNoPerson(string text, string word)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains(word));
    }

    /// <summary>A role with the prefix "co-", "vice-" or "ex-" announces a person as the role alone does.</summary>
    [Theory]
    [InlineData("Rainfall is rare there, said study co-author Orsu Taviel, a research fellow.")]
    [InlineData("Rainfall is rare there, said vice-chair Orsu Taviel on Monday.")]
    [InlineData("The plan was drawn up by ex-minister Orsu Taviel last year.")]
    public void ANameAfterAPrefixedRole_IsAPerson(string text)
    {
        var a = Run(text);
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Orsu Taviel");
    }

    /// <summary>
    /// "BPA-free", "Soviet-era", "Tarvia-made", "Quorvin-funded": a name made an adjective by a lower-case ending is no name, nor part of
    /// the one after it; a given name's lower-case syllable ("Jae-in") is no such ending.
    /// </summary>
    [Theory]
    [InlineData("The bottles are made from BPA-free plastic, the maker said.", "BPA", null)]
    [InlineData("Soviet-era Quellmark Holdings was sold on Monday.", "Soviet", "Quellmark Holdings")]
    [InlineData("Buyers prefer Tarvia-made parts, the survey found.", "Tarvia", null)]
    [InlineData("The Quorvin-funded study was published on Monday.", "Quorvin", null)]
    public void ANameWithAnAdjectiveEnding_IsNoName(string text, string notInAName, string? name)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains(notInAName));
        if (name != null) Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == name);
    }

    [Fact]
    public void AGivenNameWithALowerCaseSyllable_KeepsIt()
    {
        var a = Run("Ada Quarles met President Moon Jae-in in Seoul on Monday.");
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Moon Jae-in");
    }

    private const string SportsReport = "The Harlow Hawks beat the visitors in a rematch on Sunday. The Hawks led at halftime, and their "
        + "quarterback threw two touchdowns before the Hawks sealed it. Hawks coach Ivo Marsh praised the defence.";

    /// <summary>In a report on sport, a capitalised plural after "the", named twice, is a team in every mention, linked to its full name.</summary>
    [Fact]
    public void ANicknameInAReportOnSport_IsATeamInEveryMention()
    {
        var a = Run(SportsReport);
        var hawks = a.Entities.Where(e => a.Body[e.Start..e.End] == "Hawks").ToList();
        Assert.Equal(3, hawks.Count);
        Assert.All(hawks, e => Assert.Equal("ORG", e.Type));
        Assert.Single(hawks.Select(e => e.EntityId).Distinct());
    }

    /// <summary>Outside a report on sport, or for a nationality or a party's members, a capitalised plural after "the" is no team.</summary>
    [Theory]
    [InlineData("The Hawks met the board on Sunday. The Hawks said the plan was sound, and shares rose.", "Hawks")]
    [InlineData("The Americans led at halftime in the rematch. The Americans scored twice more, and their coach was pleased.", "Americans")]
    [InlineData("The Democrats led at halftime of the tournament debate. The Democrats scored with the coach's plan.", "Democrats")]
    public void APluralOutsideSportOrOfANationality_IsNoTeam(string text, string word)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == word && e.Rule == "heuristic.team-nickname");
    }

    /// <summary>A name that opens with a given name, after "in", "at" or "near" and before a comma and its region, is a place.</summary>
    [Theory]
    [InlineData("Police found a man using a skimmed card at a cash machine in Glen Tarvel, west Auckland.", "Glen Tarvel")]
    [InlineData("The fire started on a farm near Chester Quorvin, Ohio, on Sunday.", "Chester Quorvin")]
    public void AGivenNameBeforeItsRegion_IsAPlace(string text, string name)
    {
        var a = Run(text);
        Assert.Contains(a.Entities, e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == name);
    }

    /// <summary>The same name after another word, or before a comma and no place, stays a person.</summary>
    [Theory]
    [InlineData("The letter came from Glen Tarvel, Ohio's treasurer, on Monday.")]
    [InlineData("The board met in Harlow with Glen Tarvel, the chairman, on Monday.")]
    public void AGivenNameWithoutItsRegion_StaysAPerson(string text)
    {
        var a = Run(text);
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Glen Tarvel");
    }

    private const string Roster = "The club's defenders and how long each was on the field.\n\nPos | Player | Snaps\n\n"
        + "LB | John Harlow | 74\n\nLB | Mary Tarvel | 70\n\nCB | Orsu Taviel | 61\n\nS | David Quellmark | 33\n\nS | Bexa Vorrin | 12";

    /// <summary>In a table's column of names that are mostly people, the names no context types are people too.</summary>
    [Fact]
    public void ANameInATableColumnOfPeople_IsAPerson()
    {
        var a = Run(Roster);
        foreach (var name in new[] { "Orsu Taviel", "Bexa Vorrin" })
            Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == name && e.Rule == "heuristic.table-column");
    }

    /// <summary>A known company's fuller name, written in intercaps ("JetBlue Airways" for the known "JetBlue Airways Corp."), is one
    /// mention of that company, with its ticker.</summary>
    [Fact]
    public void AKnownCompanysFullerName_IsOneMentionWithItsTicker()
    {
        var a = Run("Shares of JetBlue Airways fell after the forecast.");
        var e = Assert.Single(a.Entities, e => e.Type == "ORG");
        Assert.Equal("JetBlue Airways", a.Body[e.Start..e.End]);
        Assert.Equal("JBLU", e.Ticker);
    }

    /// <summary>After "the Brazilian Senate", "Senate" alone is that nation's body, one entity with it, not the body the gazetteer knows.</summary>
    [Fact]
    public void AKnownBodysNameAfterANationalOne_LinksToTheNationalBody()
    {
        var a = Run("The bill reached the Brazilian Senate on Monday. The Senate will vote in May, and the Senate may change it.");
        var senate = a.Entities.Where(e => a.Body[e.Start..e.End].EndsWith("Senate")).ToList();
        Assert.Equal(3, senate.Count);
        Assert.All(senate, e => Assert.Equal("Brazilian Senate", e.Name));
    }

    /// <summary>"the Journal" after "the Harlow Journal": a paper named again by its masthead word after "the" is the same paper.</summary>
    [Fact]
    public void APaperNamedByItsMastheadWord_IsThePaper()
    {
        var a = Run("Students told the Wall Street Journal that the images were shared. A parent told the Journal she had filed a report.");
        var journal = a.Entities.Where(e => a.Body[e.Start..e.End].EndsWith("Journal")).ToList();
        Assert.Equal(2, journal.Count);
        Assert.Single(journal.Select(e => e.EntityId).Distinct());
    }

    /// <summary>A country's short code in capitals is the country ("NZ fans"), but not as a ticker's market glued on by a full stop.</summary>
    [Theory]
    [InlineData("Letters came from NZ fans and from the press.", "NZ", true)]
    [InlineData("Officials of the PRC met the delegation on Monday.", "PRC", true)]
    [InlineData("Protesters came from New South Wales and Victoria on Sunday.", "Victoria", true)]
    [InlineData("Shares of Tarvel (HKSE: 0123-OL.HK) rose on Monday.", "HK", false)]
    public void ACountrysShortCode_IsThePlace_NotATickersMarket(string text, string code, bool place)
    {
        var a = Run(text);
        Assert.Equal(place, a.Entities.Any(e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == code));
    }

    /// <summary>A name written as an e-mail address's local part ("Mary@...") is part of the address, no mention.</summary>
    [Fact]
    public void ANameBeforeAnAt_IsPartOfAnAddress() =>
        Assert.DoesNotContain(Run("Harlow | Mary Tarvel | Mary@tarvel.example").Entities, e => e.Start > 20);

    /// <summary>A list of names, one a line after a number or a bullet, or run into one line in numbered order, is read as a column too.</summary>
    [Theory]
    [InlineData("The seeds for the finals, in order:\n\n1. John Harlow\n\n2. Mary Tarvel\n\n3. Orsu Taviel\n\n4. David Quellmark\n\n5. Bexa Vorrin")]
    [InlineData("Who made the shortlist:\n• John Harlow\n• Mary Tarvel\n• Orsu Taviel\n• David Quellmark\n• Bexa Vorrin")]
    [InlineData("The full ranking.\n\n01. John Harlow 02. Mary Tarvel 03. Orsu Taviel 04. David Quellmark 05. Bexa Vorrin")]
    public void ANameInAListOfPeople_IsAPerson(string text)
    {
        var a = Run(text);
        foreach (var name in new[] { "Orsu Taviel", "Bexa Vorrin" })
            Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == name);
    }

    /// <summary>A column of companies, and a heading row, take no person from the column rule.</summary>
    [Theory]
    [InlineData("Company | Ticker | Close\n\nTarvel Steel | TRV | 12.1\n\nHarlow Quay Foods | HQF | 8.4\n\nQuorvin Labs | QRV | 3.3")]
    [InlineData("Full Name | Votes\n\nJohn Harlow | 1,204\n\nMary Tarvel | 998\n\nDavid Quellmark | 950\n\nSusan Orwell | 12")]
    public void ACompanyColumnOrAHeading_IsNoPerson(string text)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => e.Rule == "heuristic.table-column" && e.Start < text.IndexOf('\n'));
        Assert.DoesNotContain(a.Entities, e => e.Rule == "heuristic.table-column" && a.Body[e.Start..e.End].Contains("Tarvel Steel"));
    }

    /// <summary>A player's position, or a word for someone famous or long in a trade, before a name announces a person, as any role does.</summary>
    [Theory]
    [InlineData("Harlow center Maurel Pouvant also received a one-game suspension.")]
    [InlineData("The club signed rookie Maurel Pouvant on Monday.")]
    [InlineData("Tarnwell cornerback Maurel Pouvant left the game with an injury.")]
    [InlineData("Pop star Maurel Pouvant sang the anthem before the match.")]
    [InlineData("Harlow legend Maurel Pouvant was in the crowd on Sunday.")]
    [InlineData("Industry veteran Maurel Pouvant will chair the board from May.")]
    public void ANameAfterAPlayersPosition_IsAPerson(string text)
    {
        var a = Run(text);
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Maurel Pouvant");
    }

    /// <summary>A heading's last word is no cue for the words that open the next paragraph.</summary>
    [Fact]
    public void AHeadingsLastWord_IsNoCueForTheNextParagraph()
    {
        var a = Run("Optionen im Car Player\n\nJeder Low-Cost-Receiver in Ihrem Auto kann Standard-CDs wiedergeben.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    /// <summary>A name opening the sentence after "CEO." is not titled by it.</summary>
    [Fact]
    public void ANameOpeningASentenceAfterCeo_IsNotTitledByIt()
    {
        var a = Run("Tarvel appointed a new CEO. Lumeq shares fell on the news.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Lumeq");
    }

    /// <summary>A title abbreviated with a period still names the person after it.</summary>
    [Fact]
    public void ANameAfterAnAbbreviatedTitle_IsStillAPerson()
    {
        var a = Run("The bill was backed by Gov. Orsu Taviel on Monday.");
        Assert.Contains(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Orsu Taviel");
    }

    /// <summary>"the town of Brennick": a name after a word for a kind of place and "of" is a place, and so are its other mentions.</summary>
    [Fact]
    public void ANameAfterTownOf_IsAPlace_InEveryMention()
    {
        var a = Run("Floods cut off the town of Brennick on Monday. Brennick has about 4,000 residents.");
        Assert.Equal(2, a.Entities.Count(e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == "Brennick"));
    }

    /// <summary>"run by Quorvin Services on Tarn Island": a name that ends in a place word after "on" is where the firm works.</summary>
    [Fact]
    public void AFirmOnANamedIsland_IsNotOneName()
    {
        var entities = Run("The camps run by Quorvin Services on Tarn Island will close in June.").Entities;
        Assert.DoesNotContain(entities, e => e.Name.Contains("on Tarn"));
        Assert.Contains(entities, e => e.Name == "Quorvin Services" && e.Type == "ORG");
    }

    [Theory]
    [InlineData("Researchers at the University of Washington found the effect was small.", "University of Washington")]
    [InlineData("The report came from the Office of the Inspector General on Monday.", "Office of the Inspector General")]
    [InlineData("Funding from the National Institute on Drug Abuse ended last year.", "National Institute on Drug Abuse")]
    [InlineData("A spokesman for the US Embassy declined to comment.", "US Embassy")]
    [InlineData("Omar Quell, a senior analyst at Brightwater, a Leeds-based research firm, said the group was secular.", "Brightwater")]
    [InlineData("The findings were first reported by Polygraph.info on Tuesday.", "Polygraph.info")]
    [InlineData("A spokesman told Quillon on Friday that the deal was off.", "Quillon")]
    [InlineData("Shares of Quorvin Mutual rose 4% on Monday.", "Quorvin Mutual")]
    [InlineData("Rival Quellmark also cut prices.", "Quellmark")]
    [InlineData("Brixwell's shares fell 5% on Friday.", "Brixwell")]
    [InlineData("Revenue at Tandora, which makes chips for phones, rose.", "Tandora")]
    [InlineData("Analysts at 22V Research cut their forecast.", "22V Research")]
    [InlineData("The appeal went to the Supreme Court of Western Australia last week.", "Supreme Court of Western Australia")]
    [InlineData("The catalogue went to Marsh’s Tarvel Holdings in June.", "Tarvel Holdings")]
    [InlineData("The station was founded by electrical company Harlow's Limited in 1931.", "Harlow's Limited")]
    [InlineData("Pub group Marston’s PLC said sales rose.", "Marston’s PLC")]
    [InlineData("Tarn Bank Hong Kong said profit rose.", "Tarn Bank Hong Kong")]
    [InlineData("Analysts at the Leeds-based Council on Farming said the soil was poorer.", "Council on Farming")]
    [InlineData("Economists at the Federal Reserve Bank of New York disagreed.", "Federal Reserve Bank of New York")]
    [InlineData("A report by the National Society for the Protection of Rivers found more litter.", "National Society for the Protection of Rivers")]
    [InlineData("A survey by the Centre for the Study of Rural Credit found more lending.", "Centre for the Study of Rural Credit")]
    [InlineData("The Ministry of Fisheries and Forestry said quotas would fall.", "Ministry of Fisheries and Forestry")]
    [InlineData("A note from Tesla Securities said the stock was cheap.", "Tesla Securities")]
    [InlineData("A spokesman for the Senate Armed Services Committee declined to comment.", "Senate Armed Services Committee")]
    [InlineData("Aid reached the town through the Red Cross Tarvia Regional Office in March.", "Red Cross Tarvia Regional Office")]
    [InlineData("The masks were kept at the Norwegian Red Cross Bergen Hospital, officials said.", "Norwegian Red Cross Bergen Hospital")]
    [InlineData("The Norwegian Supreme Court ruled against the port on Monday.", "Norwegian Supreme Court")]
    [InlineData("The bill passed the Brazilian Senate on Tuesday.", "Brazilian Senate")]
    [InlineData("The Supreme Court of Tarvia ruled on Monday.", "Supreme Court of Tarvia")]
    [InlineData("The strike was backed by the Congress of Tarvian Trade Unions.", "Congress of Tarvian Trade Unions")]
    [InlineData("Funding came from the National Centre for Lost Boats in Harlow.", "National Centre for Lost Boats")]
    [InlineData("A report by the Norwegian Centre for Coastal Studies found more litter.", "Norwegian Centre for Coastal Studies")]
    [InlineData("Kurinji Okafor, an analyst at the Council on Farming, Forests and Water, said the soil was poorer.", "Council on Farming, Forests and Water")]
    [InlineData("Ana Roe, an adviser to the Kessmoor Committee on Health, Schools, Labor and Pensions, said so.",
        "Kessmoor Committee on Health, Schools, Labor and Pensions")]
    [InlineData("A survey by the United Nations Office on Coastal Waters and Ports found more litter.", "United Nations Office on Coastal Waters and Ports")]
    [InlineData("The Tarvel Office on Water said supply was short. Officials urged people to save water.", "Tarvel Office on Water")]
    [InlineData("The Kessmoor Office on Roads and Rail's yearly survey found more traffic.", "Kessmoor Office on Roads and Rail")]
    [InlineData("He works at Tufts University’s centre for refugees in Boston.", "Tufts University")]
    [InlineData("Pankaj Orrin, Head of Research at Tarvel Securities, said the market was fair.", "Tarvel Securities")]
    [InlineData("Rival Lowe's was also lower after the results.", "Lowe's")]
    [InlineData("It has NASA-inspired seats and a bigger screen.", "NASA")]
    [InlineData("Eswar Okafor, a trade professor at Brennick, doubted the deal would last.", "Brennick")]
    [InlineData("Funding came from the Center for Coastal Politics last year.", "Center for Coastal Politics")]
    [InlineData("A grant from the Tarnwell Center for the Advancement of Science paid for it.", "Tarnwell Center for the Advancement of Science")]
    [InlineData("Radar is the Tarvian Weather Service's best tool in a storm.", "Tarvian Weather Service")]
    [InlineData("The Harrowby Bureau of the Census counted fewer farms.", "Harrowby Bureau of the Census")]
    [InlineData("The Commission for Rural Roads and Bridges will meet in May.", "Commission for Rural Roads and Bridges")]
    [InlineData("Figures from the Agency for Coastal Fisheries showed smaller catches.", "Agency for Coastal Fisheries")]
    [InlineData("The Committee on Harbour Safety said the pier was sound.", "Committee on Harbour Safety")]
    [InlineData("He was fined by the Tasmania Department of Justice last year.", "Tasmania Department of Justice")]
    [InlineData("A letter from the Ministry of Justice said the case was closed.", "Ministry of Justice")]
    [InlineData("The app was released by Vantor International, a Christian ministry.", "Vantor International")]
    [InlineData("The appeal was backed by the Guild of Rural Defense Lawyers. Rural lawyers are rare.", "Guild of Rural Defense Lawyers")]
    [InlineData("Tarvelo is a small Harlovian maker of kitchen scales based in Tarn.", "Tarvelo")]
    [InlineData("Quellbrook was a small regional lender based in Tarn until the merger.", "Quellbrook")]
    public void OrganisationNames_HoldPlacesAndJoiners(string text, string name)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, name).Type);
    }

    [Theory]
    [InlineData("The Home Office issued new rules. Home Secretary Jane Roe defended them.", "Home")]
    [InlineData("The Finance Ministry published a plan. Finance Minister Tomas Vale backed it.", "Finance")]
    [InlineData("The Interior Ministry said so. Interior Minister Ana Ruiz agreed.", "Interior")]
    [InlineData("The plan was new. The U.S. Defense Secretary, Ana Ruiz, agreed.", "U.S. Defense")]
    [InlineData("The plan was new. French Foreign Minister Ana Ruiz agreed.", "French Foreign")]
    public void TheDepartmentBeforeATitle_IsPartOfTheRole_NotAName(string text, string department)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == department);
        Assert.Contains(a.Entities, e => e.Type == "PERSON");
    }

    [Fact]
    public void APlainNumber_DoesNotOpenAName() =>
        Assert.DoesNotContain(Run("He bought 500 Group shares on Monday.").Entities, e => e.Name.StartsWith("500"));

    [Fact]
    public void APersonsShares_AtTheStartOfASentence_DoNotMakeTheSurnameACompany()
    {
        var a = Run("Neumann's shares were sold last year. Adam Neumann left the board.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "ORG");
    }

    [Theory]
    [InlineData("The Bank of Canada and Barclays said rates would hold.", "Bank of Canada", "Barclays")]
    [InlineData("The Ministry of Finance and FBI agents met on Monday.", "Ministry of Finance", "FBI")]
    public void TwoNamesJoinedByAnd_StayTwo(string text, string first, string second)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, first).Type);
        Assert.Equal("ORG", At(a, second).Type);
    }

    [Fact]
    public void UnknownNames_ListedWithACompany_AreCompanies_ButSentenceOpenersAreNot()
    {
        var a = Run("Gig apps such as Uber, Quillon, Brixwell and Tandora pay drivers weekly. Eventually, Uber raised its fees.");
        foreach (var n in new[] { "Quillon", "Brixwell", "Tandora" })
        {
            var m = At(a, n);
            Assert.Equal("ORG", m.Type);
            Assert.Equal("heuristic.list-of-orgs", m.Rule);
        }
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Eventually");
    }

    /// <summary>
    /// A common word that opens a quotation after a colon ("Rich or poor, ...") is no person the recogniser guessed; a person the article
    /// names in full is still called by it.
    /// </summary>
    [Fact]
    public void ACommonWordOpeningAQuotation_IsNoPerson() =>
        Assert.DoesNotContain(Run("The chair spoke first. She told the board: \"Rich or poor, every saver counts.\" The vote came later.")
            .Entities, e => e.Type == "PERSON" && e.Name == "Rich");

    [Fact]
    public void ASurnameThatIsACommonWord_StillNamesThePerson()
    {
        var a = Run("Ivo Rich runs the fund. He told the board: \"Rich or poor, every saver counts.\" Rich said the vote came later.");
        Assert.Equal(3, a.Entities.Count(e => e.Type == "PERSON" && e.Name == "Ivo Rich"));
    }

    /// <summary>
    /// A rule's match that would start inside a known name ("Smucker, Tarnley, Quell &amp; Marsh" after "J.M.") is no partnership's name:
    /// the known name stands, and the list goes on after it.
    /// </summary>
    [Fact]
    public void AKnownNameOpeningAList_IsNotCutIntoAPartnershipsName()
    {
        var a = Run("The suppliers named were J.M. Smucker, Tarnley, Quell & Marsh, and others.");
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == "J.M. Smucker" && e.Type == "ORG");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].StartsWith("Smucker", StringComparison.Ordinal));
    }

    /// <summary>A nickname in quotation marks between the given name and the surname is part of the mention, not of the name.</summary>
    [Theory]
    [InlineData("The prize went to Ivo \"Tarn\" Marsh on Monday. Marsh said he was pleased.", "Ivo \"Tarn\" Marsh")]
    [InlineData("The prize went to Ivo “The Hammer” Marsh on Monday. Marsh said he was pleased.", "Ivo “The Hammer” Marsh")]
    public void ANicknameInsideAName_IsOnePerson(string text, string mention)
    {
        var a = Run(text);
        var full = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == mention);
        Assert.Equal(("PERSON", "Ivo Marsh"), (full.Type, full.Name));
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == "Marsh"), e => Assert.Equal(full.EntityId, e.EntityId));
    }

    /// <summary>A given name alone after a person's age ("the nine-year-old Ada", "a 34-year old Ivo") is that person's.</summary>
    [Theory]
    [InlineData("The couple have two children, eleven-year-old Ada and nine-year old Mira.", "Ada")]
    [InlineData("The couple have two children, eleven-year-old Ada and nine-year old Mira.", "Mira")]
    public void AGivenNameAfterAnAge_IsAPerson(string text, string name) => HasA(text, name, "PERSON");

    /// <summary>A firm named after its founder ("Harriet Quorvel Holdings Ltd") is called by the surname alone, as a person is.</summary>
    [Theory]
    [InlineData("Shares in Harriet Quorvel Holdings Ltd fell after the results. Quorvel blamed weak demand in the spring.", "Quorvel")]
    [InlineData("Ivo Tarnby & Co. cut its forecast on Monday. Tarnby blamed weak demand in the spring.", "Tarnby")]
    public void AFirmNamedAfterItsFounder_IsCalledByTheSurname(string text, string surname)
    {
        var a = Run(text);
        var firm = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == surname);
        Assert.Equal("ORG", firm.Type);
        Assert.Equal(a.Entities[0].EntityId, firm.EntityId);
    }

    /// <summary>...and so it is where the recogniser alone read a mention of the surname as a person's.</summary>
    [Fact]
    public void AFirmsSurnameTheRecogniserReadsAsAPerson_IsStillTheFirm()
    {
        var a = Run("Regulators fined audit firm Harlan Petersen LLP in May. The fine left Petersen, once among the biggest audit houses, "
            + "short of clients. Critics likened Petersen's record to a slow leak.");
        var firm = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "Harlan Petersen LLP");
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == "Petersen"), e => Assert.Equal((firm.EntityId, "ORG"), (e.EntityId, e.Type)));
    }

    /// <summary>A name between commas after a noun only a person is ("a 52-year-old widow, X, sued") is that person's.</summary>
    [Theory]
    [InlineData("A 52-year-old widow, Mirabel Quorvane, sued the council on Monday.", "Mirabel Quorvane")]
    [InlineData("Her son, Dravik Tesk, was not at the hearing.", "Dravik Tesk")]
    public void ANameAfterANounOnlyAPersonIs_IsAPerson(string text, string name) => HasA(text, name, "PERSON");

    /// <summary>", who," with an aside after it ("Ozvar Vantor, who, like his brother, plays in a band") still makes a person.</summary>
    [Fact]
    public void WhoBeforeAnAside_MakesAPerson() =>
        HasA("The night closed with rocker Ozvar Vantor, who, like his brother, plays in a band.", "Ozvar Vantor", "PERSON");

    /// <summary>A waterfront's name ends in "Quay", "Wharf" or "Pier", a place even after a given name.</summary>
    [Theory]
    [InlineData("The ferry leaves from Henry Quay at noon.", "Henry Quay")]
    [InlineData("Offices at Tarvel Wharf are half empty.", "Tarvel Wharf")]
    public void AWaterfrontsName_IsAPlace(string text, string name) => HasA(text, name, "LOCATION");

    /// <summary>Initials spaced out before a surname open the name: after a title, or two or more of them.</summary>
    [Theory]
    [InlineData("Finance Minister P. Tarvelam presented the budget on Monday.", "P. Tarvelam")]
    [InlineData("Mr. H. K. Brennai, who runs Quorvex, opened the plant.", "H. K. Brennai")]
    [InlineData("The case was heard by Mr. D. Kessoran on Tuesday.", "D. Kessoran")]
    [InlineData("Later J. R. Tarvelson spoke to reporters.", "J. R. Tarvelson")]
    [InlineData("Transport Minister D. V. Ana Quorvai opened the bridge.", "D. V. Ana Quorvai")]
    public void SpacedInitialsBeforeASurname_OpenThePersonsName(string text, string name) => HasA(text, name, "PERSON");

    /// <summary>...but one capital and a full stop with no title before it may end a sentence.</summary>
    [Fact]
    public void ALoneCapitalAndFullStop_DoesNotOpenAName() =>
        Assert.DoesNotContain(Run("The board chose plan B. Tarvelson said it was cheaper.").Entities, e => e.Name.StartsWith("B.", StringComparison.Ordinal));

    /// <summary>A person named by initials for the given names is the person the article names in full with that surname.</summary>
    [Fact]
    public void InitialsForTheGivenNames_LinkToTheFullName()
    {
        var a = Run("Bela Tarvelson ran the mill for a decade. The town thanked Mr. B. K. Tarvelson on Monday.");
        var full = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "Bela Tarvelson");
        var initials = Assert.Single(a.Entities, e => a.Body[e.Start..e.End] == "B. K. Tarvelson");
        Assert.Equal(full.EntityId, initials.EntityId);
    }

    /// <summary>
    /// An open name the recogniser read together with the name a rule typed after it ("X's National Centre for ...") takes the type the
    /// recogniser gives its own words.
    /// </summary>
    [Fact]
    public void AnOpenNameTheRecogniserReadWithTheNextName_TakesItsOwnWordsType() =>
        HasA("The survey, led by HVRL's National Centre for Geothermics, found the wells were cooling.", "HVRL", "ORG");

    /// <summary>A division's name is an organisation's, a company's unit or a league's ("Consumer Imaging Division", "Northern Division").</summary>
    [Theory]
    [InlineData("Ivo Marsh, head of Quorvin's Consumer Imaging Division, resigned on Monday.", "Consumer Imaging Division")]
    [InlineData("Harlow Rovers won the Northern Division title last season.", "Northern Division")]
    public void ADivisionsName_IsAnOrganisation(string text, string name) => HasA(text, name, "ORG");

    /// <summary>An airport's name is a place's, as annotated corpora mark it, even with a body's word in it ("International").</summary>
    [Theory]
    [InlineData("Flights left Tarvel International Airport late on Friday.", "Tarvel International Airport")]
    [InlineData("The strike closed Quorvin Airport for a day.", "Quorvin Airport")]
    public void AnAirportsName_IsAPlace(string text, string name) => HasA(text, name, "LOCATION");

    /// <summary>A sporting event's "Games" is no organisation ("the Tarvian Winter Games"); a games maker's name keeps its word.</summary>
    [Fact]
    public void ASportingEventsGames_IsNoOrganisation() =>
        Assert.DoesNotContain(Run("Athletes from Harlow won six medals at the Commonwealth Games in Tarvel last summer.").Entities,
            e => e.Type == "ORG" && e.Name.Contains("Games", StringComparison.Ordinal));

    /// <summary>A hall for shows, fairs or shops is a place, even with a body's word in its name.</summary>
    [Theory]
    [InlineData("The fair opened at the Tarvel International Convention Center on Monday.", "Tarvel International Convention Center")]
    [InlineData("Shoppers queued outside the Harlow Shopping Centre before dawn.", "Harlow Shopping Centre")]
    public void AConventionOrShoppingCentre_IsAPlace(string text, string name) => HasA(text, name, "LOCATION");

    /// <summary>"Darcy" after "Darcy Airport": the venue's first word alone is the venue, not a person the recogniser guessed.</summary>
    [Fact]
    public void AVenuesFirstWordAlone_IsTheVenue_NotAPerson()
    {
        var a = Run("A storm shut Darcy Airport on Friday night. About 500 people were inside Darcy Airport when it hit. Darcy reopened on Sunday morning.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == "Darcy"), e => Assert.Equal("LOCATION", e.Type));
    }

    [Fact]
    public void UnknownNames_ListedWithMorePlacesThanCompanies_AreNoCompanies()
    {
        var a = Run("The depots in Leeds, Tarnwell, Glasgow, Brixmoor and Quorvin Airport will close next year.");
        foreach (var n in new[] { "Tarnwell", "Brixmoor" })
            Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == n && e.Type == "ORG");
    }

    [Theory]
    [InlineData("The Ruritanian Competition and Consumer Commission fined the lender.", "Ruritanian Competition and Consumer Commission")]
    [InlineData("A spokesman for the Zembla Chamber of Commerce and Industry said costs rose.", "Zembla Chamber of Commerce and Industry")]
    [InlineData("Data came from the Valdoria Oceanic and Atmospheric Administration on Monday.", "Valdoria Oceanic and Atmospheric Administration")]
    [InlineData("The Kessmoor Gaming and Liquor Commission raised licence fees in May.", "Kessmoor Gaming and Liquor Commission")]
    [InlineData("It paid the Tarvian Institute for Farming and Digital Systems a fee.", "Tarvian Institute for Farming and Digital Systems")]
    public void AnInstitutionsName_HoldsAnd(string text, string name) => Assert.Equal("ORG", At(Run(text), name).Type);

    [Fact]
    public void TwoFirmsJoinedByAnd_StayTwo()
    {
        var a = Run("The deal between Quillon and Brixwell Group closed on Monday.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void AKnownPlaceOrPersonWrittenInCapitals_IsThatPlaceOrPerson_AsDatelinesAndHeadlinesWriteThem()
    {
        var a = Run("Rates were held on Monday. ANKARA - The central bank meets again on Thursday. NASA said it would wait.");
        Assert.Equal("LOCATION", At(a, "ANKARA").Type);
        Assert.Equal("ORG", At(a, "NASA").Type);
        var b = Run("Markets were calm.\nFund flows rose. SAN FRANCISCO (MainStreet) -- Lenders cut rates on Monday.");
        Assert.Equal("LOCATION", At(b, "SAN FRANCISCO").Type);
        Assert.Equal("PERSON", At(Run("ELON MUSK: WE WILL BUILD MORE PLANTS\nThe company said so on Monday."), "ELON MUSK").Type);
    }

    [Fact]
    public void AKnownCompany_IsFoundInItsWebForm_AndInInnerCapitalsFromASmallLetter()
    {
        var a = Run("Shares of Amazon.com rose on Monday while eBay fell.");
        Assert.Equal("AMZN", At(a, "Amazon.com").Ticker);
        Assert.Equal("EBAY", At(a, "eBay").Ticker);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Amazon");
        var b = Run("Prices are compared on Quillfinder.com.au and Amazon.co.uk each week.");
        Assert.Equal("ORG", At(b, "Quillfinder.com.au").Type);
        Assert.Equal("AMZN", At(b, "Amazon.co.uk").Ticker);
    }

    [Fact]
    public void TheNameBeforeAListing_IsItsCompany_AndAKnownCompanysOwnTickerInParentheses_IsItsTicker()
    {
        var a = Run("Another cheap share is Quillmark (LSE: QLM). Tesla (TSLA) gets most of its revenue from cars.");
        var q = At(a, "Quillmark");
        Assert.Equal("ORG", q.Type);
        Assert.Equal("heuristic.ticker-company", q.Rule);
        Assert.Equal(q.EntityId, At(a, "QLM").EntityId);
        Assert.Equal(At(a, "Tesla").EntityId, At(a, "TSLA").EntityId);
        Assert.Equal("TSLA", At(a, "TSLA").Ticker);
        var b = Run("At the time of writing, 4K Vistas (NYSE: FKV) was worth less.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.ticker-company" && b.Body[e.Start..e.End] == "Vistas");
    }

    [Fact]
    public void ATickerWrittenAsAnInstrumentCode_TakesItsExchangeFromTheSuffix()
    {
        var a = Run("Harlow Mining Plc (HMN.L) fell while Ostrava Motors AG (OSMG.DE) rose.");
        Assert.Equal("LSE", At(a, "HMN.L").Exchange);
        Assert.Equal("XETRA", At(a, "OSMG.DE").Exchange);
        Assert.Equal(At(a, "Harlow Mining Plc").EntityId, At(a, "HMN.L").EntityId);
        // every suffix the rule accepts names an exchange in the list
        var rules = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src/FinExtract/Resources/rules/entities.json")));
        string pattern = rules.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "entities.ticker.ric")
            .GetProperty("pattern").GetString()!;
        var suffixes = System.Text.RegularExpressions.Regex.Match(pattern, @"\\\.\(\?:([A-Z|]+)\)").Groups[1].Value.Split('|');
        Assert.True(suffixes.Length > 20);
        Assert.All(suffixes, x => Assert.True(EntityLexicon.RicExchanges.ContainsKey(x), x));
    }

    [Fact]
    public void AnOpenFullName_ListedWithPeople_IsAPerson_ButNotInAListWithAFirm()
    {
        var a = Run("Guests at the gala included Margaret Olsen, Dervla Quarshie, Thomas Brandt and Osric Vanterpool.");
        foreach (var n in new[] { "Dervla Quarshie", "Osric Vanterpool" })
            Assert.Equal("PERSON", At(a, n).Type);
        Assert.Contains(a.Entities, e => e.Rule == "heuristic.list-of-people");
        var b = Run("Sponsors of the gala included Microsoft, Dervla Quarshie and Osric Vanterpool.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.list-of-people");
    }

    /// <summary>A long list of people with one member read as something else (a place-like stage name) is still a list of people: at
    /// least three people and three times as many people as others.</summary>
    [Fact]
    public void AnOpenFullName_InALongListOfPeople_WithOneOtherMember_IsAPerson()
    {
        var a = Run("Guests at the opening included Ada Quarles, Tomas Ilvers, Mina Okafor, Port Tarvel, Orrin Vaskel and Ivo Kessler.");
        Assert.Equal("PERSON", At(a, "Orrin Vaskel").Type);
        var b = Run("Sponsors included Microsoft, Ada Quarles, Orrin Vaskel and Intel.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.list-of-people");
    }

    /// <summary>News names a person in full once, then by surname: an open full name whose last word the article writes alone is a
    /// person's, unless a word of it is one the article writes in lower case.</summary>
    [Fact]
    public void AnOpenFullName_WhoseLastWordTheArticleWritesAlone_IsAPerson()
    {
        var a = Run("Zorvan Quarshie v Ilmar Tenvoss, not before 10pm. Tenvoss beat Quarshie last year.");
        Assert.Equal("PERSON", At(a, "Zorvan Quarshie").Type);
        Assert.Equal("heuristic.called-by-surname", At(a, "Zorvan Quarshie").Rule);
        Assert.Equal(At(a, "Zorvan Quarshie").EntityId, a.Entities.Single(e => e.Start == a.Body.LastIndexOf("Quarshie", StringComparison.Ordinal)).EntityId);
        var b = Run("Copper Quarshie v Ilmar Tenvoss, not before 10pm. Tenvoss beat Quarshie last year, and copper fell.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.called-by-surname");
    }

    /// <summary>
    /// "Tarvel Farmers' Union": a plural's possessive mark inside a body's name, before its organisation word, runs the name on; a
    /// company's own last word ("Airlines'") and a company's board do not.
    /// </summary>
    [Theory]
    [InlineData("Members of the Tarvel Farmers' Union blocked the road on Monday.", "Tarvel Farmers' Union")]
    [InlineData("The Harlow Teachers’ Federation called a strike for March.", "Harlow Teachers’ Federation")]
    [InlineData("Staff at Quorvin Airlines' Union offices voted on Monday.", "Quorvin Airlines")]
    [InlineData("Quorvin Systems' Board of Directors met on Monday.", "Quorvin Systems")]
    public void APluralPossessiveInsideABodysName(string text, string name) =>
        Assert.Contains(Run(text).Entities, e => e.Type == "ORG" && e.Name == name);

    /// <summary>A body's name may list the subjects it deals with ("of A, B and C"); a list of names after one is of bodies of their own.</summary>
    [Fact]
    public void ABodysNameThatListsItsSubjects_IsOneName()
    {
        var a = Run("The Tarvel Union of Rail, Shipping and Transport Workers called a strike, and the union's members walked out.");
        Assert.Equal("Tarvel Union of Rail, Shipping and Transport Workers", a.Entities.Single(e => e.Type == "ORG").Name);
        var b = Run("The Bank of Tarvel, Quellmark and Harlow Steel signed the loan on Monday.");
        Assert.Contains(b.Entities, e => b.Body[e.Start..e.End] == "Bank of Tarvel");
    }

    /// <summary>A single name a given-name reading made a person is a place after a state's noun and "of"; not after a relation's.</summary>
    [Fact]
    public void AGivenNameAfterTheGovernmentOf_IsAPlace()
    {
        var a = Run("Quellmark said the government of Chad had approved the pipeline.");
        Assert.Equal(("LOCATION", "heuristic.place-of-state"), (At(a, "Chad").Type, At(a, "Chad").Rule));
        var b = Run("Quellmark said the wife of Chad had approved the pipeline.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.place-of-state");
    }

    /// <summary>A run after a verb of speaking that ends in a title word before a capitalised name is the office, not a person.</summary>
    [Fact]
    public void AnOfficeEndingInATitleWord_BeforeItsHolder_IsNoPerson()
    {
        var a = Run("\"Both sides gave ground,\" said National Security Adviser M.K. Tarnby, the envoy.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "National Security Adviser");
        Assert.Equal("M.K. Tarnby", a.Quotes.Single().Speaker);
    }

    /// <summary>A firm or a place is "it": an open full name that opens its sentence and that the next subject "he" or "she" refers
    /// back to is a person's, unless a person or another name stands between or shares its sentence.</summary>
    [Fact]
    public void AnOpenFullName_ThatTheNextHeOrSheRefersTo_IsAPerson()
    {
        var a = Run("Orsu Taviel runs a small bank in the north. She said rates were too high.");
        Assert.Equal(("PERSON", "heuristic.named-by-pronoun"), (At(a, "Orsu Taviel").Type, At(a, "Orsu Taviel").Rule));
        var b = Run("Orsu Taviel runs a small bank in the north. \"Rates are too high,\" she said.");
        Assert.Equal("PERSON", At(b, "Orsu Taviel").Type);
        var c = Run("Orsu Taviel hired Peter Tarnby last year. He said rates were too high.");
        Assert.DoesNotContain(c.Entities, e => e.Rule == "heuristic.named-by-pronoun");
        var d = Run("Orsu Taviel runs a small bank in the north. Rates are too high, said the report, which he wrote.");
        Assert.DoesNotContain(d.Entities, e => e.Rule == "heuristic.named-by-pronoun");
    }

    /// <summary>A nationality's word alone is no entity, but after an honorific it is a surname ("Mr English", "Ms French").</summary>
    [Fact]
    public void ANationalitysWord_AfterAnHonorific_IsASurname()
    {
        var a = Run("Grain prices fell again in March. Mr English said the dry spring was to blame, and Ms French agreed.");
        Assert.Equal("PERSON", At(a, "English").Type);
        Assert.Equal("PERSON", At(a, "French").Type);
        var b = Run("The English said the dry spring was to blame, and French growers agreed.");
        Assert.DoesNotContain(b.Entities, e => b.Body[e.Start..e.End] is "English" or "French");
    }

    /// <summary>A wire story's credit line credits people: the open full names it lists, after "by", a comma or "and", are persons;
    /// "written by" in running text is no credit line.</summary>
    [Fact]
    public void OpenNames_InAWireCreditLine_ArePeople()
    {
        var a = Run("Quorvin shares rose 4% on Monday.\n\n(Additional reporting by Ana Roe in Tarvel, Kiyomi Tessaro and Oswin Farrady in Harlow;"
            + " Editing by Ivo Marsh)");
        Assert.Equal(("PERSON", "heuristic.credit-line"), (At(a, "Kiyomi Tessaro").Type, At(a, "Kiyomi Tessaro").Rule));
        Assert.Equal("PERSON", At(a, "Oswin Farrady").Type);
        var b = Run("The guide, written by Kiyomi Tessaro, sold well in Tarvel last year.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.credit-line");
    }

    /// <summary>Letters in capitals that spell the initials of a body the article names in full are that body; two-letter codes and
    /// letters two of its bodies share are not read so.</summary>
    [Fact]
    public void LettersSpellingTheInitialsOfANamedBody_AreThatBody()
    {
        var a = Run("Quorvin Savings Bank posted a loss on Friday. QSB shares fell 3% in early trade.");
        Assert.Equal("heuristic.initials", At(a, "QSB").Rule);
        Assert.Equal(At(a, "Quorvin Savings Bank").EntityId, At(a, "QSB").EntityId);
        var b = Run("Quorvin Savings Bank and Quarles Supply Bank posted losses on Friday. QSB shares fell 3% in early trade.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.initials");
        Assert.Equal("QS", AcronymDefinitions.Initials("The Quorvin Savings"));
        Assert.Equal("OFT", AcronymDefinitions.Initials("Office of Fair Trading"));
    }

    /// <summary>A regnal number is part of a monarch's or a pope's name; two numbers are two people; "I" only after a royal title.</summary>
    [Fact]
    public void ARegnalNumber_IsPartOfTheName_AndTellsMonarchsApart()
    {
        var a = Run("A portrait of King Tarvin III hangs beside one of King Tarvin IV. Queen Mina II opened the hall; Mina II also named the ship.");
        Assert.NotEqual(At(a, "King Tarvin III").EntityId, At(a, "King Tarvin IV").EntityId);
        Assert.Equal(At(a, "Queen Mina II").EntityId, a.Entities.Single(e => a.Body[e.Start..e.End] == "Mina II").EntityId);
        var b = Run("The chapel was built for Henry VIII in 1530. The book belonged to King Tarvin I. Later it was sold.");
        Assert.Equal("PERSON", At(b, "Henry VIII").Type);
        Assert.Equal("PERSON", At(b, "King Tarvin I").Type);
        var c = Run("Nobody thought Ada Quarles I would meet again.");
        Assert.DoesNotContain(c.Entities, e => c.Body[e.Start..e.End].EndsWith(" I", StringComparison.Ordinal));
    }

    /// <summary>English text keeps foreign bodies' names as they are, their head word first; French surnames keep "des".</summary>
    [Fact]
    public void AForeignHeadWordOpeningAName_MakesItABody_AndDesStaysInASurname()
    {
        var a = Run("The painting went to the Fondation Tarvel and the Banco de Quorvale. Laurence des Marsh, the curator, spoke.");
        Assert.Equal("ORG", At(a, "Fondation Tarvel").Type);
        Assert.Equal("ORG", At(a, "Banco de Quorvale").Type);
        Assert.Equal("PERSON", At(a, "Laurence des Marsh").Type);
    }

    /// <summary>A one-word alias of one known body names the known body the article names with that word first.</summary>
    [Fact]
    public void AOneWordAliasOfAKnownBody_NamesTheBodyTheArticleNames()
    {
        var a = Run("Ada Quarles spoke in the House of Commons on Monday. The House will vote on the bill next week.");
        var house = a.Entities.Single(e => a.Body[e.Start..e.End] == "House");
        Assert.Equal(At(a, "House of Commons").EntityId, house.EntityId);
        var b = Run("The House will vote on the bill next week, Ada Quarles said.");
        Assert.Equal("House of Representatives", b.Entities.Single(e => b.Body[e.Start..e.End] == "House").Name);
    }

    /// <summary>A given name the article counts ("won an Oscar") names a thing, not a person called by a given name.</summary>
    [Fact]
    public void ALoneGivenName_TheArticleCounts_IsNoPerson()
    {
        var a = Run("The film is tipped for Oscar success. Its star won a coveted Oscar in 2019, and another Oscar may follow.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
        var b = Run("Oscar said the film would win. Later Oscar added that he was proud of the cast.");
        Assert.Equal("PERSON", b.Entities.First(e => b.Body[e.Start..e.End] == "Oscar").Type);
    }

    /// <summary>"Daily", "Evening" and the like before a newspaper's word name a newspaper; before other words, nothing.</summary>
    [Fact]
    public void ADailyOrEveningBeforeANewspapersWord_NamesANewspaper()
    {
        var a = Run("The remarks first appeared in the Daily Record on Friday, and the Evening Standard ran them too. Daily Deals are up.");
        Assert.Equal("ORG", At(a, "Daily Record").Type);
        Assert.Equal("ORG", At(a, "Evening Standard").Type);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains("Deals", StringComparison.Ordinal));
    }

    [Fact]
    public void CueWords_DoNotCrossSentences_AndSurnamesKeepTheirShares()
    {
        var a = Run("The founder Adam Kowalczyk sold shares. Analysts valued Kowalczyk’s shares at $1 billion. The deal closed. Small investors were not told.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "ORG" && a.Body[e.Start..e.End] is "Kowalczyk" or "Small");
    }

    [Fact]
    public void ASurnameAfterTold_IsNotAnOutlet()
    {
        var a = Run("Marc Odinga spoke first. Customers wanted more, Tim Cook told Odinga at the conference.");
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == "Odinga"), e => Assert.Equal("PERSON", e.Type));
    }

    [Fact]
    public void EventsAndThings_WithOrganisationWords_AreNotOrganisations()
    {
        var a = Run("Carmakers unveiled new models at the Bangkok International Motor Show, and shoppers signed up for the Payboo Credit Card. Mayer spoke at the Code Media conference.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Code Media");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains("Motor Show") || a.Body[e.Start..e.End].Contains("Credit Card"));
    }

    [Fact]
    public void Parties_AreOrganisations_UnderOneName()
    {
        // The annotation guide counts political parties as organisations; "Republicans" is the party.
        var a = Run("Republicans in the House of Representatives blocked the bill, and the GOP leadership said it would not return to it.");
        var r = At(a, "Republicans");
        Assert.Equal("ORG", r.Type);
        Assert.Equal("Republican Party", r.Name);
        Assert.Equal(r.EntityId, At(a, "GOP").EntityId);
        Assert.Equal("House of Representatives", At(a, "House of Representatives").Name);
    }

    [Fact]
    public void OrganisationCues_AndDatelines_TypeUnknownNames()
    {
        var a = Run("TOKYO (Reuters) - Disney bought rival Lucasfilm, and Zorvex shares rose as workers in Pilbara cheered.");
        Assert.Equal("LOCATION", At(a, "TOKYO").Type);
        Assert.Equal("ORG", At(a, "Lucasfilm").Type);
        Assert.Equal("ORG", At(a, "Zorvex").Type);
        Assert.Equal("LOCATION", At(a, "Pilbara").Type);
        Assert.Equal("ORG", At(a, "Reuters").Type);
    }

    [Fact]
    public void RolesAndAffiliations_AreReadWhereTheTextStatesThem()
    {
        var a = Run("Meta Platforms, Inc. (NASDAQ: META) CEO Mark Zuckerberg spoke. Frank Downing, Director of Research at Ark Invest, agreed. Zuckerberg added more.");
        var mark = At(a, "Mark Zuckerberg");
        Assert.Equal("CEO", mark.Role);
        Assert.Equal("Meta Platforms, Inc.", mark.Affiliation);
        Assert.Equal("CEO", At(a, "Zuckerberg").Role);
        var frank = At(a, "Frank Downing");
        Assert.Equal("Director of Research", frank.Role);
        Assert.Equal("Ark Invest", frank.Affiliation);
    }

    [Fact]
    public void RolesSetInAppositionBeforeOrAfterTheName_AreRead()
    {
        var a = Run("Kessel Bank's chief economist, Omar Reyes, expects two cuts. Priya Nair, the fund's senior analyst, disagreed. "
            + "Ana Lupe, director of the Harbour Institute at Tarn University, was cautious. Ivo Marsh, whose director quit, said little.");
        var omar = At(a, "Omar Reyes");
        Assert.Equal(("chief economist", "Kessel Bank"), (omar.Role, omar.Affiliation));
        Assert.Equal("senior analyst", At(a, "Priya Nair").Role);
        Assert.Equal("director of the Harbour Institute", At(a, "Ana Lupe").Role);
        Assert.Equal("", At(a, "Ivo Marsh").Role);
    }

    [Fact]
    public void Products_ByModelNumberAndProductLine()
    {
        var a = Run("Meta plans to use 350,000 H100s and train Llama 3, while the H100 stays scarce; FY2024 and Q3 are not products.");
        var h100 = a.Entities.Where(e => e.Type == "PRODUCT" && e.Name == "H100").ToList();
        Assert.Equal(2, h100.Count);
        Assert.Single(h100.Select(e => e.EntityId).Distinct());
        Assert.Equal("PRODUCT", At(a, "Llama 3").Type);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] is "FY2024" or "Q3");
    }

    [Fact]
    public void TitleCasePhrases_AreNotPeople()
    {
        var a = Run("Visitors at the Auto Show saw the new models. The Sound System was loud.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    [Fact]
    public void CommonCapitalisedWords_AreNotEntities()
    {
        var a = Run("On Monday, AI chips and GDP data moved markets. The CEO said nothing.");
        Assert.Empty(a.Entities);
    }

    [Fact]
    public void StatesAndCities_AreKnownPlaces_AndAPlaceBeforeAPartyIsNotAPerson()
    {
        var a = Run("Plants in Kentucky and Pittsburgh cut shifts, while Virginia Democrats asked the governor of North Dakota to act.");
        foreach (var place in new[] { "Kentucky", "Pittsburgh", "North Dakota" })
            Assert.Equal("LOCATION", At(a, place).Type);
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON");
    }

    [Fact]
    public void Gazetteer_TheSameNameTwiceInOneFile_IsAnErrorNamingBothLines()
    {
        string dir = TestPaths.NewTempDir();
        string path = Path.Combine(dir, "places.tsv");
        File.WriteAllText(path, "name\ttype\taliases\nSouth Korea\tLOCATION\tKorea\nKorea\tLOCATION\t\n");
        var errors = new List<ConfigError>();
        Gazetteer.Load(new[] { path }, errors);
        var e = Assert.Single(errors);
        Assert.Equal(path, e.File);
        Assert.Equal("line 3", e.JsonPath);
        Assert.Contains("'Korea' is already named on line 2", e.Message);
    }

    [Fact]
    public async Task ARosterWhoseNamesEndInAStrayFullStop_IsReadInTime()
    {
        // "Jr., 15 May" in a list: a run of capitalised words may end at a token of dots only, whose word is empty
        var run = Task.Run(() => Run("Commanders: Colonel Rafe Tolliver Jr., 15 May 1957; Major General Ansel J. Corrigan Jr., 1 July 1960; "
            + "Captain Orrin H. Vasko, 8 April 1957 -- unkn. Colonel Idris S. Palen, 5 September 1953 -- unkn."));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal("PERSON", At(await run, "Orrin H. Vasko").Type);
    }

    [Theory]
    [InlineData("", "Quill Motors")]
    [InlineData("NYSE", "Quill Motors")]
    [InlineData("OTC", "Quill Motors")]
    [InlineData("Toronto", "Quill Airways")]
    [InlineData("TSX", "Quill Airways")]
    [InlineData("Paris", "Quill Hotels")]
    [InlineData("ASX", null)]
    public void Gazetteer_ATickerListedOnSeveralExchanges_NamesTheCompanyOnTheExchangeTheTextNames(string exchange, string? company)
    {
        string dir = TestPaths.NewTempDir();
        string path = Path.Combine(dir, "companies.tsv");
        File.WriteAllText(path, "name\tticker\texchange\nQuill Hotels\tQH\tEuronext\nQuill Motors\tQH\tNYSE\nQuill Airways\tQH\tTSX\n");
        var errors = new List<ConfigError>();
        var g = Gazetteer.Load(new[] { path }, errors);
        Assert.Empty(errors);
        Assert.Equal(company, g.TryGetByTicker("QH", exchange, out var e) ? e.Name : null);
    }

    [Theory]
    [InlineData("Prices may fall further, economists at Harrow Economics wrote in a note.", "Harrow Economics")]
    [InlineData("Demand is weak, analysts from Tamber Research added on Monday.", "Tamber Research")]
    [InlineData("It will be first in, best served, said Holding Quell partner Nathan Okoro.", "Holding Quell")]
    public void WhereSpeakersWork_AndTheEmployerBeforeARoleAndName_AreOrganisations(string text, string org)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, org).Type);
    }

    [Fact]
    public void TheClassifier_LeavesAWordTheArticleUsesAsASurname_ToLinking()
    {
        var a = Run("Chief executive Tamsin Quorvant spoke to investors on Monday. The survey showed that layoffs at Quorvant hit 40 workers.");
        var mentions = a.Entities.Where(e => a.Body[e.Start..e.End] == "Quorvant").ToList();
        var m = Assert.Single(mentions);
        Assert.Equal("PERSON", m.Type);
        Assert.Equal(At(a, "Tamsin Quorvant").EntityId, m.EntityId);
    }

    [Fact]
    public void AKnownSurnameInsideALongerName_IsAnotherPerson_AndARoyalTitleIsPartOfTheName()
    {
        var a = Run("On Monday, Jill Biden visited the plant. Separately, Queen Margrethe opened the new exchange in Copenhagen.");
        var hunter = At(a, "Jill Biden");
        Assert.Equal("PERSON", hunter.Type);
        Assert.Equal("Jill Biden", hunter.Name);
        Assert.Equal("PERSON", At(a, "Queen Margrethe").Type);
    }

    /// <summary>Name particles of Portuguese and Dutch surnames ("dos", "ter", "ten") join the words of one name.</summary>
    [Theory]
    [InlineData("The bank hired Ana dos Santos as its new treasurer on Monday.", "Ana dos Santos")]
    [InlineData("The bank hired Pieter ter Horst as its new treasurer on Monday.", "Pieter ter Horst")]
    public void ANameParticle_JoinsTheWordsOfOneName(string text, string name) =>
        Assert.Equal(("PERSON", name), (At(Run(text), name).Type, At(Run(text), name).Name));

    [Fact]
    public void AKnownPersonsSurnameAlone_IsThePersonTheArticleNamedInFull()
    {
        // the gazetteer knows "Biden" and "Trump" as one person each; this article names other holders of those surnames
        var a = Run("Rhona Biden, who runs the bakery chain, met lenders on Monday. Biden said the talks went well. "
            + "Later, Trump said nothing.");
        var later = a.Entities.Single(e => e.Start == a.Body.IndexOf("Biden said", StringComparison.Ordinal));
        Assert.Equal("Rhona Biden", later.Name);
        Assert.Equal(At(a, "Rhona Biden").EntityId, later.EntityId);
        Assert.Equal("Donald Trump", At(a, "Trump").Name);
    }

    [Fact]
    public void ANameWrittenAfterACapitalisedThe_IsNamedWithIt_TheMentionStaysWithout()
    {
        var a = Run("The parent, The We Company, cut jobs, according to The Associated Press. Associated Press reporters saw it.");
        Assert.Equal("The We Company", At(a, "We Company").Name);
        var aps = a.Entities.Where(e => a.Body[e.Start..e.End] == "Associated Press").ToList();
        Assert.Equal(2, aps.Count);
        Assert.Single(aps.Select(m => m.EntityId).Distinct());
        var ap = aps[0];
        Assert.Equal("The Associated Press", ap.Name);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].StartsWith("The", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The data were weak, said commodity strategist Daniel Okafor of Northwind in Sydney.", "Daniel Okafor")]
    [InlineData("Story by Fleur Lindqvist There's nothing like a long lunch in the capital.", "Fleur Lindqvist")]
    [InlineData("Photo by Jonathan Marsh Port Hedland cafe owner Ray Blake says trade is slow.", "Jonathan Marsh")]
    [InlineData("The actor Tomas Van Der Marsh joined the startup's board.", "Tomas Van Der Marsh")]
    [InlineData("Reefs recover slowly, said marine biologist Tavaki Ruhonde of the National Ocean Agency in Perth.", "Tavaki Ruhonde")]
    [InlineData("The road will reopen in May, said mayor Ilse Varnhagen of Tarnby Council.", "Ilse Varnhagen")]
    public void APersonsName_EndsWhereTheNameEnds(string text, string name)
    {
        var a = Run(text);
        Assert.Equal("PERSON", At(a, name).Type);
    }

    /// <summary>A studio's, publisher's or brewer's name ends in a word of its trade, even after a given name ("Dick Hollis Productions").</summary>
    [Theory]
    [InlineData("The awards are run by Dick Hollis Productions, which denied it.", "Dick Hollis Productions")]
    [InlineData("The novel was published by Harrow Lane Publishing in March.", "Harrow Lane Publishing")]
    [InlineData("Distribution went to Westmoor Pictures after the festival.", "Westmoor Pictures")]
    public void ANameEndingInAWordOfItsTrade_IsAnOrganisation(string text, string name) =>
        Assert.Equal("ORG", At(Run(text), name).Type);

    /// <summary>
    /// "The label that owns her catalogue, Harrow Machine, says": a name between commas after a kind of organisation is one, and so is
    /// one that closes the sentence ("the country's second party, Tarn Union.").
    /// </summary>
    [Theory]
    [InlineData("The label that owns most of her songs, Harrow Machine, says the row is over.", "Harrow Machine")]
    [InlineData("A little-known mining company, Tarn Plats, became the first to list there.", "Tarn Plats")]
    [InlineData("The plan drew fire from the country's largest opposition party, Kessmoor Tuath. It was shelved.", "Kessmoor Tuath")]
    [InlineData("The bank sold its stake to its former parent company, Brenvik Orla.", "Brenvik Orla")]
    public void ANameAfterAKindOfOrganisation_BetweenCommas_IsAnOrganisation(string text, string name) =>
        Assert.Equal("ORG", At(Run(text), name).Type);

    [Fact]
    public void TwoUnknownCapitalisedWords_AreKept_WhenTheArticleNamesThemAsAnEntity()
    {
        var a = Run("A report showed Tamber Eat, a web-based platform, doubled its users. Investors warned that Tamber Eat could face rivals. Many fans of Star Wars cheered.");
        var mentions = a.Entities.Where(e => a.Body[e.Start..e.End] == "Tamber Eat").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("ORG", m.Type));
        Assert.Single(mentions.Select(m => m.EntityId).Distinct());
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Star Wars");
    }

    [Fact]
    public void ADepartmentInAJobTitle_IsNotAnOrganisation_ItsEmployerIs()
    {
        var a = Run("Markets are high, said Rusmik Patel, Head of Fundamental Research at Tamber Securities.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains("Fundamental"));
        Assert.Equal("ORG", At(a, "Tamber Securities").Type);
        Assert.Equal("PERSON", At(a, "Rusmik Patel").Type);
    }

    [Fact]
    public void AUsCityAndItsStateAbbreviation_AreBothPlaces()
    {
        var a = Run("The mill in Quorvale, W.Va., shut, and the office at 12 Main Street, Ashdale, CA 91602 moved.");
        foreach (var place in new[] { "Quorvale", "W.Va.", "Ashdale", "CA" })
            Assert.Equal("LOCATION", At(a, place).Type);
    }

    [Fact]
    public void AnOrganisationNamedByItsLastWords_IsTheSameOrganisation()
    {
        var a = Run("She testified before the House Intelligence Committee on Tuesday. Later the Intelligence Committee released the transcript.");
        var full = At(a, "House Intelligence Committee");
        var shortForm = At(a, "Intelligence Committee");
        Assert.Equal(full.EntityId, shortForm.EntityId);
        Assert.Equal("House Intelligence Committee", shortForm.Name);
    }

    [Theory]
    [InlineData("Shares of Bank of America Corp. rose 2% on Tuesday.", "Bank of America Corp.")]
    [InlineData("The deal with the Bank of New York Mellon Corp. closed.", "Bank of New York Mellon Corp.")]
    [InlineData("Analysts at Royal Bank of Canada Ltd. were cautious.", "Royal Bank of Canada Ltd.")]
    [InlineData("Shares of Widget Corp. fell.", "Widget Corp.")]
    public void ALegalFormName_WithOfInside_StartsAtTheOrganisationWord(string text, string name)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, name).Type);
    }

    /// <summary>A listed company's former name, written with a lower-case "in" as most papers wrote it, or its letters, is that company.</summary>
    [Theory]
    [InlineData("Research in Motion cut its forecast for handset sales.", "Research in Motion")]
    [InlineData("Handset sales at RIM fell in the quarter.", "RIM")]
    public void AListedCompanysFormerName_IsThatCompany(string text, string mention)
    {
        var m = At(Run(text), mention);
        Assert.Equal(("ORG", "BB"), (m.Type, m.Ticker));
    }

    /// <summary>The same known company written with its legal form as wire copy writes it: no periods, or a form the list omits.</summary>
    [Theory]
    [InlineData("Shares of Bank of America Corp. rose 2% on Tuesday.", "Bank of America Corp.", "BAC")]
    [InlineData("Shares of Bank of America Corp rose 2% on Tuesday.", "Bank of America Corp", "BAC")]
    [InlineData("Taiwan Semiconductor Manufacturing Co said sales rose.", "Taiwan Semiconductor Manufacturing Co", "TSM")]
    [InlineData("Intel Corp, which makes chips, rose 1.8%.", "Intel Corp", "INTC")]
    [InlineData("Shares of Microsoft Corporation rose.", "Microsoft Corporation", "MSFT")]
    public void ALegalFormMatch_ThatIsAKnownCompany_CarriesItsTicker(string text, string mention, string ticker)
    {
        var m = At(Run(text), mention);
        Assert.Equal((ticker, "entities.org.legal-form"), (m.Ticker, m.Rule));
    }

    /// <summary>A role after an employer's name ("..., Senior Vice President, Development Economics at the bank") needs the name closed by a comma.</summary>
    [Fact]
    public void ADepartmentAfterATitle_IsNoPerson()
    {
        var a = Run("“Growth has slowed,” said Jun Ito, Chief Economist and Senior Vice President, Development Economics at the World Bank.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "PERSON" && a.Body[e.Start..e.End] == "Development Economics");
    }

    /// <summary>"X's chief technology officer", "X's revenue": what only an organisation has makes a lone name one; a person's surname stays.</summary>
    [Theory]
    [InlineData("Engineers praised the app. Kudapay's chief technology officer, Ada Obi, said it would expand.", "Kudapay", "ORG")]
    [InlineData("Analysts watched closely as Tarvo's revenue fell for a third quarter.", "Tarvo", "ORG")]
    [InlineData("Elon Musk arrived late. Later, Musk's chief of staff spoke to the press.", "Musk", "PERSON")]
    public void WhatAPossessiveNameHas_TellsAnOrganisation(string text, string name, string type)
    {
        var a = Run(text);
        Assert.Equal(type, a.Entities.Last(e => a.Body[e.Start..e.End] == name).Type);
    }

    /// <summary>"Co" without its period, as wire copy writes it, ends a company's name before a lower-case word or a comma.</summary>
    [Theory]
    [InlineData("Ardent Motor Co said on Monday it would cut jobs.", "Ardent Motor Co")]
    [InlineData("Shares of Ardent Motor Co, the carmaker, fell.", "Ardent Motor Co")]
    public void CoWithoutAPeriod_IsALegalForm(string text, string name) => Assert.Equal("ORG", At(Run(text), name).Type);

    [Fact]
    public void ANameAfterAPersonCue_StopsBeforeOf_SoTheEmployerIsItsOwnOrganisation()
    {
        var a = Run("Analyst Rhea Castellano of Harlow Capital said the order book looked thin, and strategist Obi Marchetti of Penwick Partners agreed.");
        Assert.Equal("PERSON", At(a, "Rhea Castellano").Type);
        Assert.Equal("ORG", At(a, "Harlow Capital").Type);
        Assert.Equal("PERSON", At(a, "Obi Marchetti").Type);
        Assert.Equal("ORG", At(a, "Penwick Partners").Type);
    }

    [Fact]
    public void ATickerOnAnExchangeTheGazetteerDoesNotName_BelongsToTheCompanyBeforeIt_NotToTheExchange()
    {
        var a = Run("In over-the-counter trading, Quorvant Corp. (OTC: QRVT) slipped after the results were published on Tuesday.");
        var ticker = At(a, "QRVT");
        Assert.Equal(At(a, "Quorvant Corp.").EntityId, ticker.EntityId);
        Assert.Equal("QRVT", At(a, "Quorvant Corp.").Ticker);
        Assert.Equal("OTC", ticker.Exchange);
    }

    [Theory]
    [InlineData("The pension fund sold its stake in Quarrow last week, and the shares fell.", "Quarrow", "ORG")]
    [InlineData("Figures from Brightlane showed that deal volumes rose in the third quarter.", "Brightlane", "ORG")]
    [InlineData("The board approved the bid from Harnvik unanimously, and the deal closed.", "Harnvik", "ORG")]
    [InlineData("The club is owed unpaid sponsorship from Tarvel who took on the debt.", "Tarvel", "ORG")]
    [InlineData("The company opened a second plant in Kelmscott last year.", "Kelmscott", "LOCATION")]
    public void AnUnknownNameAfterAHoldingOrASource_IsAnOrganisation_AfterOtherPrepositionsAPlace(string text, string name, string type) =>
        Assert.Equal(type, At(Run(text), name).Type);

    [Fact]
    public void APersonWhoseNameRunsOnFromAListedPlace_IsThePerson() =>
        Assert.Equal("PERSON", At(Run("The envoy to Canada Maria Ostrowski met ministers in Ottawa on Friday."), "Maria Ostrowski").Type);

    [Theory]
    [InlineData("The festival opened with a set by cellist friends and musician Tobiah Krell on Friday.", "Tobiah Krell")]
    [InlineData("The award went to novelist Imre Vasko for his third book.", "Imre Vasko")]
    [InlineData("The advice came from dermatologist Oruvel Tarrant in a short video.", "Oruvel Tarrant")]
    [InlineData("Most adults need no supplement, according to nutritionist Tavish Orrin of the clinic.", "Tavish Orrin")]
    [InlineData("The band's new lineup added keyboardist Oren Halvik last spring.", "Oren Halvik")]
    public void ANameAfterAnOccupation_IsAPerson(string text, string name) => Assert.Equal("PERSON", At(Run(text), name).Type);

    [Theory]
    [InlineData("A spokesperson for Valdor declined to comment on Friday.", "Valdor", "ORG")]
    [InlineData("Jana Roe met donors. A spokesman for Roe said nothing.", "Roe", "PERSON")]
    public void WhomASpokespersonSpeaksFor_IsABody_UnlessTheArticleNamesThemAsAPerson(string text, string name, string type) =>
        Assert.Equal(type, At(Run(text), name).Type);

    [Theory]
    [InlineData("Shares of Harl - Mart Stores Inc rose on Monday.", "Harl - Mart Stores Inc", "ORG")]
    [InlineData("The fund sold its stake. Jean - Luc Marrow owns shares of the firm.", "Jean - Luc Marrow", "PERSON")]
    [InlineData("New York - Carla Venn was ousted by the board.", "Carla Venn", "PERSON")]
    public void AHyphenSpacedOutByATokeniser_JoinsANameInsideASentence_NotADateline(string text, string name, string type) =>
        Assert.Equal(type, At(Run(text), name).Type);

    [Theory]
    [InlineData("Its chief executive, Rangi Ohanu, declined to comment on the talks.", "Rangi Ohanu", "PERSON")]
    [InlineData("The secretary general of the IFTU, Oskari Lahtela, called the ruling dangerous.", "Oskari Lahtela", "PERSON")]
    [InlineData("The visit was led by the Minister of public works, Odalys Ventre, on Monday.", "Odalys Ventre", "PERSON")]
    [InlineData("The union's coach, Teodor Vranic, said the team was ready.", "Teodor Vranic", "PERSON")]
    [InlineData("The vote lifted the island's incumbent president, Lin Mei-hua of the Unity party, in the polls.", "Lin Mei-hua", "PERSON")]
    public void ANameBetweenCommasAfterAPersonsRole_IsThatPerson(string text, string name, string type) =>
        Assert.Equal(type, At(Run(text), name).Type);

    [Fact]
    public void ANameAfterARoleOfACommonNoun_NamesThatThing_NotAPerson()
    {
        var a = Run("Mr. Ferrow was named chief executive of the national carrier, Aer Tarvo, on Monday.");
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == "Ferrow" && e.Type == "PERSON");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Aer Tarvo" && e.Type == "PERSON");
    }

    [Theory]
    [InlineData("The Cleveland Hawks beat the visitors on Sunday, the Boulder Ledger reported.", "Cleveland Hawks")]
    [InlineData("The Cleveland Hawks beat the visitors on Sunday, the Boulder Quorvins reported.", "Boulder Quorvins")]
    [InlineData("Fans said Pittsburgh Comets had never played better than they did in the final.", "Pittsburgh Comets")]
    public void ATownFollowedByANameOfItsOwn_IsAnOrganisationNamedAfterIt(string text, string name) =>
        IsTypedBy(text, name, "ORG", "heuristic.named-after-place");

    [Theory]
    [InlineData("Tickets for the Cleveland Olympics sold out in a day, organisers said on Monday.", "Cleveland Olympics")]
    [InlineData("The Japan Nikkei index slid 2% on Tuesday as exporters fell in Tokyo.", "Japan Nikkei")]
    [InlineData("The Pittsburgh Trade Commissioner Anna Reyes said exports rose.", "Pittsburgh Trade")]
    [InlineData("Delegates signed the Cleveland Protocol on emissions in March.", "Cleveland Protocol")]
    [InlineData("Ministers failed to revive the Cleveland Growth Agenda at the talks.", "Cleveland Growth Agenda")]
    [InlineData("Banks must comply with the Pittsburgh Lending Directive from next year.", "Pittsburgh Lending Directive")]
    [InlineData("The leak of the Boulder Papers named dozens of offshore firms.", "Boulder Papers")]
    [InlineData("She won the Pittsburgh Championship twice before turning professional.", "Pittsburgh Championship")]
    [InlineData("The bonds were sold to savers in U.S. Dollars and repaid the same way.", "U.S. Dollars")]
    [InlineData("The fund paid its investors in Hong Kong Dollars and kept its books that way.", "Hong Kong Dollars")]
    public void AnEventACountrysAttributeOrACutOffRun_IsNotAnOrganisationNamedAfterAPlace(string text, string name) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Rule == "heuristic.named-after-place" && e.Name == name);

    [Theory]
    [InlineData("The parish priest, Fr Kell Ardent, blessed the new school on Sunday.", "Kell Ardent")]
    [InlineData("The service was led by Rabbi Kell Ardent on Friday evening.", "Kell Ardent")]
    [InlineData("Imam Kell Ardent and Pastor Tavi Orrin opened the interfaith meeting.", "Tavi Orrin")]
    public void AClergyTitle_IsTheTitleOfThePersonAfterIt_NotPartOfTheName(string text, string name)
    {
        var a = Run(text);
        Assert.Equal("PERSON", At(a, name).Type);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].StartsWith("Fr ") || a.Body[e.Start..e.End].StartsWith("Rabbi")
            || a.Body[e.Start..e.End].StartsWith("Pastor") || a.Body[e.Start..e.End].StartsWith("Imam"));
    }

    [Theory]
    [InlineData("The bill failed. Runa Vanter, a Labour MP, attacked it on Monday.", "Runa Vanter")]
    [InlineData("The bill failed. Kell Ardent, Liberal MEP for the region, attacked it.", "Kell Ardent")]
    [InlineData("The bill failed. Tavi Orrin, a Republican congresswoman, attacked it.", "Tavi Orrin")]
    public void ANameBeforeAMemberOfParliamentsRole_IsAPerson(string text, string name) => Assert.Equal("PERSON", At(Run(text), name).Type);

    [Theory]
    [InlineData("The carrier Air Estonia ordered two jets, and Air Hobart added a route to Perth.", "Air Estonia")]
    [InlineData("The carrier Air Estonia ordered two jets, and Air Hobart added a route to Perth.", "Air Hobart")]
    public void AirBeforeAPlacesName_IsAnAirline(string text, string name)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, name).Type);
        Assert.DoesNotContain(a.Entities, e => e.Type == "LOCATION" && a.Body[e.Start..e.End] is "Estonia" or "Hobart");
    }

    [Theory]
    [InlineData("Ivo Marsh warned that a Commons Tory revolt over rail fares was growing. The Commons sat late, and Tory members stayed away.", "Commons Tory")]
    [InlineData("Support from Socialist deputies came late, and Mina Okafor thanked them.", "Socialist")]
    public void APartyWordInARun_NamesNoPersonOrPlace(string text, string run)
    {
        var a = Run(text);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == run && e.Type is "PERSON" or "LOCATION");
    }

    [Theory]
    [InlineData("Floods hit rice farms across the Mekong Delta on Monday.", "Mekong Delta")]
    [InlineData("Crowds filled the Hobart Oval for the final on Saturday.", "Hobart Oval")]
    [InlineData("Aid trucks waited at the border of the Perth Strip for a second day.", "Perth Strip")]
    public void ARegionOrAGroundNamedAfterAPlace_IsAPlace(string text, string name) => Assert.Equal("LOCATION", At(Run(text), name).Type);

    [Fact]
    public void AFacilityNamedAfterATown_IsAPlace() => Assert.Equal("LOCATION", At(Run("The match was moved to Boulder Stadium on Friday."), "Boulder Stadium").Type);

    [Fact]
    public void AGivenNameTheArticleRepeatsOnItsOwn_IsAPerson()
    {
        var a = Run("We met the founders at their shop. As Greta explained, the shop opened in 2019. The tools, Greta said, came from her father.");
        Assert.All(a.Entities.Where(e => a.Body[e.Start..e.End] == "Greta"), e => Assert.Equal("PERSON", e.Type));
        Assert.Equal(2, a.Entities.Count(e => a.Body[e.Start..e.End] == "Greta"));
    }

    [Fact]
    public void AGivenNameJoinedToAnotherName_IsNotAPersonOnItsOwn()
    {
        var a = Run("The rules come from the Dodd-Frank law. Lawyers said Dodd-Frank protects staff who report to the regulator.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Frank" && e.Type == "PERSON");
    }

    [Fact]
    public void AnUntypedMentionBeforeTheTypedOne_IsLinkedToItToo()
    {
        var a = Run("Harborpost interviewed one of the owners of the bar. The owner told Harborpost the drink sold well all year.");
        var mentions = a.Entities.Where(e => a.Body[e.Start..e.End] == "Harborpost").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Single(mentions.Select(e => e.EntityId).Distinct());
        Assert.All(mentions, e => Assert.Equal("ORG", e.Type));
    }

    [Fact]
    public void AfterAPrepositionOfPlace_TheNameBeforeSaid_IsWhereTheSpeakersAre()
    {
        var a = Run("Police in Harlow Green said the road would reopen on Monday.");
        Assert.Equal("LOCATION", At(a, "Harlow Green").Type);
    }

    [Fact]
    public void AWordTheArticleWritesInLowerCase_IsNoShortFormOfTheNameItOpens()
    {
        var b = Run("Statistics Canada said the jobless rate fell. The Minister of Industry said the industry added jobs.");
        Assert.Equal("ORG", At(b, "Statistics Canada").Type);
        Assert.DoesNotContain(b.Entities, e => b.Body[e.Start..e.End] == "Industry");
    }

    [Fact]
    public void AWordAndALegalForm_KeepsTheWordAsItsShortForm_ThoughTheWordIsAlsoCommon()
    {
        var a = Run("Kestrel Corp. reported a sharp fall in sales. Kestrel said a kestrel is its logo.");
        Assert.Equal(At(a, "Kestrel Corp.").EntityId, At(a, "Kestrel").EntityId);
    }

    [Theory]
    [InlineData("Shares rose to US$40 and the US economy grew, while US$ bonds fell.", "US")]
    [InlineData("The band earned AU$18m last year, and AU$ deposits rose. AU$ rates fell.", "AU")]
    public void CapitalsGluedToACurrencySign_AreNoOrganisation(string text, string code) => HasNo(text, code, "ORG");

    [Fact]
    public void AMediumOrATechnologyInCapitals_IsNoOrganisation_ThoughRepeated()
    {
        var a = Run("The DVD sold out. A second DVD run is planned, and DVD sales rose. RFID tags and RFID readers were cheaper.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] is "DVD" or "RFID");
    }

    [Theory]
    [InlineData("The Harbor Police Department Sergeant Tom Reyes confirmed the arrest.", "Harbor Police Department", "Tom Reyes")]
    [InlineData("\"It was a strong blast,\" said Lakeside Fire Department Captain Ann Brody.", "Lakeside Fire Department", "Ann Brody")]
    public void ARankBetweenABodyAndAName_SplitsThemIntoOrganisationAndPerson(string text, string org, string person)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, org).Type);
        Assert.Equal("PERSON", At(a, person).Type);
    }

    [Fact]
    public void AWordThatOnlyOpensNames_IsNoOrganisationOfAList()
    {
        var a = Run("Shares of Acme Corp., Bolt Inc. and New York-based rivals fell.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "New");
    }

    [Fact]
    public void ATitleThatEndsASentence_TypesNoWordOfTheNext()
    {
        var a = Run("The bill was backed by the Prime Minister. Prosecutors said the vote was lawful.");
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Prosecutors");
    }

    [Fact]
    public void AGivenNameRightAfterAKnownPlace_OpensThePersonAfterATitleOfThatPlace()
    {
        var a = Run("The Minister of Finance of Brazil Ana Ferreira said rates would fall.");
        Assert.Equal("PERSON", At(a, "Ana Ferreira").Type);
        Assert.Equal("LOCATION", At(a, "Brazil").Type);
    }

    [Theory]
    [InlineData("The game was close, and Zorvex quarterback Mason Rudd was hurt in the third quarter.", "Zorvex")]
    [InlineData("The study, said Quellmark professor Ana Ferreira, was small.", "Quellmark")]
    [InlineData("In a filing, Tarnwell official Dana Roe said the bid was withdrawn.", "Tarnwell")]
    public void ANameBeforeARoleAndAPerson_IsTheirEmployer(string text, string employer)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, employer).Type);
    }

    [Fact]
    public void AGivenNameBeforeAOneWordCompanyName_IsAPersonNamedLikeIt()
    {
        var a = Run("The designer Tom Ford opened a store in Milan, and Ford shares were unchanged.");
        Assert.Equal("PERSON", At(a, "Tom Ford").Type);
    }

    [Fact]
    public void AnInstitutionsWordAfterAPrepositionOfPlace_IsNoPlace()
    {
        var a = Run("The bill passed in Parliament on Tuesday after a long debate about taxes.");
        Assert.DoesNotContain(a.Entities, e => e.Type == "LOCATION" && a.Body[e.Start..e.End] == "Parliament");
    }

    /// <summary>"Like Ivo Marsh, he …", "Because Okafor doubted …": a preposition or conjunction that opens a sentence is no part of the name after it.</summary>
    [Theory]
    [InlineData("Like Dorian Whitlock, he argued against the merger.", "Dorian Whitlock")]
    [InlineData("Unlike Marta Quilling, she stayed at the firm.", "Marta Quilling")]
    [InlineData("Amid Tarnwell Holdings' troubles, the bank cut its forecast.", "Tarnwell Holdings")]
    [InlineData("Besides Dorian Whitlock, two other directors resigned.", "Dorian Whitlock")]
    [InlineData("Because Whitlock doubted the figures, the vote was delayed.", "Whitlock")]
    [InlineData("Unless Quilling agrees, the sale cannot close.", "Quilling")]
    [InlineData("Though Tarnwell Holdings denied it, the shares fell.", "Tarnwell Holdings")]
    public void AnOpeningPreposition_IsNoPartOfTheNameAfterIt(string sentence, string name)
    {
        var a = Run("Dorian Whitlock and Marta Quilling spoke at the Tarnwell Holdings meeting on Monday.\n\n" + sentence);
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == name && e.Start > a.Body.IndexOf("\n\n", StringComparison.Ordinal));
    }

    /// <summary>
    /// The sides of a result with a score are of one kind: an unknown full name beaten by, or beating, a known player is a person's;
    /// the same names without a score stay open.
    /// </summary>
    [Fact]
    public void AnOpenFullName_OnTheOtherSideOfAPlayersResult_IsAPerson()
    {
        var a = Run("In the doubles, Mina Okafor and Ivo Marsh defeated Dorvik Anselm and Tovan Rielsky 6-4, 7-6 (2) on Sunday.");
        Assert.Equal("heuristic.player-in-result", At(a, "Dorvik Anselm").Rule);
        Assert.Equal("heuristic.player-in-result", At(a, "Tovan Rielsky").Rule);
        var b = Run("Earlier, Ada Quarles lost to Tovan Rielsky of Tarvia and Mina Okafor had beaten Dorvik Anselm 6-2, 6-1.");
        Assert.Equal("PERSON", At(b, "Dorvik Anselm").Type);
        var c = Run("In the doubles, Mina Okafor and Ivo Marsh defeated Dorvik Anselm and Tovan Rielsky on Sunday.");
        Assert.DoesNotContain(c.Entities, e => e.Rule == "heuristic.player-in-result");
    }

    /// <summary>
    /// Two name words no list knows, then "of" and a known country, are a person and the person's country, not one name; a name with
    /// a word of a kind of body runs on over "of" as before.
    /// </summary>
    [Fact]
    public void TwoUnknownNameWords_OfAKnownCountry_AreAPersonFromThere()
    {
        var a = Run("In the final, Velko Brannic of Japan beat Ivo Marsh in three sets. Brannic said he was tired.");
        Assert.Equal("PERSON", At(a, "Velko Brannic").Type);
        Assert.Equal("LOCATION", At(a, "Japan").Type);
        var b = Run("Shares of Quorvale Steel of Japan rose 3% on Tuesday.");
        Assert.Equal("ORG", At(b, "Quorvale Steel of Japan").Type);
    }

    /// <summary>A team's name before a player's position and the player's name is the team's, as before a coach's.</summary>
    [Fact]
    public void ATeamBeforeAPlayersPositionAndName_IsAnOrganisation()
    {
        IsTypedBy("The goal came when Harrowby defenseman Ivo Marsh stripped the puck in the neutral zone.", "Harrowby", "ORG", "heuristic.org-cue");
        IsTypedBy("It was Quorvin goalie Mina Okafor who kept the score level.", "Quorvin", "ORG", "heuristic.org-cue");
    }

    /// <summary>Outlets that entertainment, sports, technology and science news cite by name are known organisations.</summary>
    [Theory]
    [InlineData("The casting was first reported by IndieWire on Tuesday.", "IndieWire")]
    [InlineData("A benchmark published by Tom's Hardware showed the chip ran hot.", "Tom's Hardware")]
    [InlineData("The coach told The Athletic that the deal was close.", "Athletic")]
    public void WidelyCitedOutlets_AreKnownOrganisations(string text, string name) =>
        IsTypedBy(text, name, "ORG", "gazetteer.organisations");

    /// <summary>
    /// A venue's name is a place, whatever body or sponsor it is named after; a known company's name before a venue's word is the
    /// venue's, but not before "of" or "for", where a body of the company's own is named.
    /// </summary>
    [Fact]
    public void AVenueNamedForABodyOrASponsor_IsAPlace()
    {
        var a = Run("The final was played at the Quorvin Steel Stadium, and the team moved to the Barclays Center in May.");
        Assert.Equal(("LOCATION", "heuristic.venue"), (At(a, "Quorvin Steel Stadium").Type, At(a, "Quorvin Steel Stadium").Rule));
        Assert.Equal(("LOCATION", "heuristic.sponsored-venue"), (At(a, "Barclays Center").Type, At(a, "Barclays Center").Rule));
        var b = Run("Analysts at Barclays said the Barclays Center for Research would open in May.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.sponsored-venue");
        var c = Run("The offices will be housed in the Harlow Bank Tower on Main Street.");
        Assert.Equal(("LOCATION", "heuristic.venue"), (At(c, "Harlow Bank Tower").Type, At(c, "Harlow Bank Tower").Rule));
    }

    /// <summary>A hyphenated compound of listed given names opens a person's name as a listed given name does; a compound with a
    /// part that is no given name does not.</summary>
    [Fact]
    public void ACompoundOfGivenNames_IsAGivenName()
    {
        var a = Run("The report was signed by Mina-Sandra Tarvelle, the fund's treasurer, on Tuesday.");
        Assert.Equal(("PERSON", "heuristic.given-name"), (At(a, "Mina-Sandra Tarvelle").Type, At(a, "Mina-Sandra Tarvelle").Rule));
        var names = new GivenNameSet(new HashSet<string> { "Mina", "Sandra" });
        Assert.True(names.Contains("Mina-Sandra"));
        Assert.False(names.Contains("Mina-Tarvel"));
        Assert.False(names.Contains("Mina-sandra"));
    }

    /// <summary>Initials written as one word and a surname are a person; a ship's prefix, initials a list knows as a place's, and a
    /// firm's name with "&amp;" are not.</summary>
    [Fact]
    public void InitialsAndASurname_AreAPerson()
    {
        var a = Run("The sequel was directed by J.J. Tarvelson, and J.K. Quorvane wrote the book. Tarvelson said filming ends in May.");
        Assert.Equal(("PERSON", "heuristic.initials-and-surname"), (At(a, "J.J. Tarvelson").Type, At(a, "J.J. Tarvelson").Rule));
        Assert.Equal("PERSON", At(a, "J.K. Quorvane").Type);
        var b = Run("The S.S. Tarvelson sailed in May, and A.B. Quorvane & Sons paid for the U.S. Tarvelson tour.");
        Assert.DoesNotContain(b.Entities, e => e.Rule == "heuristic.initials-and-surname");
    }

    /// <summary>A known place's name and a masthead's word name a newspaper, not the place; a place before another word stays a place.</summary>
    [Fact]
    public void APlaceAndAMastheadWord_NameANewspaper()
    {
        var a = Run("She told the Leeds Sentinel on Monday that rents had doubled, and the Glasgow Bee reported it too.");
        Assert.Equal(("ORG", "heuristic.newspaper"), (At(a, "Leeds Sentinel").Type, At(a, "Leeds Sentinel").Rule));
        Assert.Equal("ORG", At(a, "Glasgow Bee").Type);
        var b = Run("She told the Leeds council on Monday that rents had doubled.");
        Assert.Equal("LOCATION", At(b, "Leeds").Type);
    }

    /// <summary>A people's nation or tribe is an organisation (its government); a person whose surname is "Tribe" stays a person.</summary>
    [Fact]
    public void ANationOrTribe_IsAnOrganisation_NotAPersonNamedSo()
    {
        var a = Run("The Tarnak Nation and the Quorvish Indian Tribe signed the water deal with the state on Friday.");
        Assert.Equal("ORG", At(a, "Tarnak Nation").Type);
        Assert.Equal("ORG", At(a, "Quorvish Indian Tribe").Type);
        var b = Run("The law professor Ada Tribe said the deal was sound.");
        Assert.Equal("PERSON", At(b, "Ada Tribe").Type);
    }

    /// <summary>A name ending in "Channel" is a television channel, and a known company's channel is a body of its own.</summary>
    [Fact]
    public void ATelevisionChannel_IsAnOrganisation()
    {
        var a = Run("The final aired on Sailing Channel, and the Barclays Channel carried the highlights on Monday.");
        Assert.Equal("ORG", At(a, "Sailing Channel").Type);
        Assert.Equal(("ORG", "heuristic.company-channel"), (At(a, "Barclays Channel").Type, At(a, "Barclays Channel").Rule));
    }

    /// <summary>A venue's name ends before "for" and a known place, where a journey goes ("took off from Harlow Airport for Paris").</summary>
    [Fact]
    public void AVenuesName_EndsBeforeForAndADestination()
    {
        var a = Run("The jet left Tarvel International Airport for Paris an hour late on Monday.");
        Assert.Equal("LOCATION", At(a, "Paris").Type);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].Contains(" for ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A market index named after a company, an exchange or a paper ("the Dow Jones Industrial Average", "the Nasdaq fell") is no
    /// organisation; the exchange or the company named so elsewhere in the text still is ("listed on the Nasdaq").
    /// </summary>
    [Theory]
    [InlineData("The Dow Jones Industrial Average fell 1% and the Nasdaq Composite rose.")]
    [InlineData("The Nasdaq fell 12 points, or 0.4%, and the Dow Jones, was down 0.8% by noon.")]
    [InlineData("The Nikkei index gained 1.2% on Friday.")]
    public void AMarketIndexNamedAfterAnOrganisation_IsNoOrganisation(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "ORG");

    [Fact]
    public void AnExchangeNamedLikeAnIndex_IsStillAnOrganisation() =>
        Assert.Equal("ORG", At(Run("Tarvel shares are listed on the Nasdaq and rose in May."), "Nasdaq").Type);

    /// <summary>An airline's cargo arm ("Qantas Cargo") is a body of its own, as a company's channel is.</summary>
    [Fact]
    public void AnAirlinesCargoArm_IsAnOrganisationOfItsOwn()
    {
        var cargo = At(Run("Qantas Cargo raised its freight rates in May."), "Qantas Cargo");
        Assert.Equal(("ORG", "heuristic.company-channel"), (cargo.Type, cargo.Rule));
    }

    /// <summary>
    /// A trade union named by two words and "Workers", after a nationality too ("Tarvian Auto Workers"), is an organisation; a plural
    /// after one word describes people ("the Charter on Domestic Workers", "Unpaid Workers" in a report's title).
    /// </summary>
    [Fact]
    public void ATradeUnionNamedByItsWorkers_IsAnOrganisation()
    {
        var a = Run("Ivo Marsh, who leads Tarvian Auto Workers, wants a deal. Members of Harlow Dock Workers voted.");
        Assert.Equal("ORG", At(a, "Tarvian Auto Workers").Type);
        Assert.Equal("ORG", At(a, "Harlow Dock Workers").Type);
        var b = Run("Tarvia signed the Charter on Domestic Workers in May.");
        Assert.DoesNotContain(b.Entities, e => e.Type == "ORG" && b.Body[e.Start..e.End] == "Domestic Workers");
    }

    /// <summary>A known body's one-word name that heads other bodies' names ("Congress") at the end of a longer name is that name's.</summary>
    [Fact]
    public void AKnownOneWordBodyAtTheEndOfALongerName_IsNotThatBody()
    {
        var a = Run("The phone was shown at the Tarvel World Congress in Barcelona, and the bill went to Congress on Friday.");
        Assert.Equal(1, a.Entities.Count(e => a.Body[e.Start..e.End] == "Congress"));
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End] == "Congress" && e.Start < 40);
    }

    /// <summary>A party's adjective before a known body's name is no name of its own: "Democratic Senate candidate" names the Senate.</summary>
    [Fact]
    public void APartysAdjectiveBeforeAKnownBody_LeavesTheBody()
    {
        var a = Run("The ad attacked Democratic Senate candidate Ivo Marsh on Monday.");
        Assert.Contains(a.Entities, e => a.Body[e.Start..e.End] == "Senate" && e.Type == "ORG");
    }

    /// <summary>An unknown name a work is published in is a journal's or a publisher's, not a place's.</summary>
    [Fact]
    public void ANamePublishedIn_IsAnOrganisation()
    {
        var a = Run("The results were published in Tarvel Reports on Monday, the authors said.");
        Assert.Equal("ORG", At(a, "Tarvel Reports").Type);
    }

    /// <summary>A known body's outlet or division ("Sports", "Radio", "Pictures") is a body of its own, with a station's number.</summary>
    [Theory]
    [InlineData("The fight was first reported by ESPN Radio on Monday.", "ESPN Radio")]
    [InlineData("She told BBC Radio 4, the morning show, that talks had stalled.", "BBC Radio 4")]
    [InlineData("Barclays Sports sponsored the final on Sunday.", "Barclays Sports")]
    public void AKnownBodysOutletOrDivision_IsABodyOfItsOwn(string text, string name)
    {
        var a = Run(text);
        Assert.Equal("ORG", At(a, name).Type);
    }

    /// <summary>A corps, brigade, regiment or battalion is a body, and after a known body's name it is that body's unit.</summary>
    [Theory]
    [InlineData("Soldiers from the Quorvin Signal Corps rebuilt the bridge.", "Quorvin Signal Corps")]
    [InlineData("The U.S. Army Signal Corps will test the radios next month.", "U.S. Army Signal Corps")]
    [InlineData("Volunteers of the Tarvel Fire Brigade arrived within minutes.", "Tarvel Fire Brigade")]
    public void AUnitOfAnArmyOrService_IsOneBody(string text, string name) => IsOneOrganisation(text, name);

    /// <summary>A body numbered in a series is named with its number.</summary>
    [Theory]
    [InlineData("On Monday the 7th District Court of Appeal in Tarvel sided with the town.", "7th District Court of Appeal")]
    [InlineData("Tarvia's 2nd Infantry Brigade left the base on Friday.", "2nd Infantry Brigade")]
    [InlineData("Harlow joined the Tarvel-based 9th U.S. Circuit Court of Appeals in May.", "9th U.S. Circuit Court of Appeals")]
    public void ABodyNumberedInASeries_KeepsItsNumber(string text, string name) => IsOneOrganisation(text, name);

    /// <summary>A local dateline names the station or paper in brackets before the dash.</summary>
    [Theory]
    [InlineData("HARLOW, Ohio (WTRV) — Crews worked through the night to clear the road.", "WTRV")]
    [InlineData("QUORVIN CITY, N.M. (KQRV) - A warehouse caught fire early on Monday.", "KQRV")]
    public void TheOutletOfALocalDateline_IsAnOrganisation(string text, string name) =>
        IsTypedBy(text, name, "ORG", "entities.org.dateline-outlet");

    /// <summary>A rank between a body's name and a person's ("Army General", "Corps Major") parts the two.</summary>
    [Theory]
    [InlineData("The Tarvel Army General Peter Harlow spoke on Monday.", "Tarvel Army", "Peter Harlow")]
    [InlineData("Officers of the Quorvin Signal Corps Major Anna B. Pouvant briefed reporters.", "Quorvin Signal Corps", "Anna B. Pouvant")]
    public void ARankBetweenABodyAndAPerson_PartsThem(string text, string body, string person)
    {
        var a = Run(text);
        Assert.Equal(("ORG", "PERSON"), (At(a, body).Type, At(a, person).Type));
    }

    /// <summary>A given name alone right after a family word is a person's, possessive or not.</summary>
    [Theory]
    [InlineData("Mr Harlow and wife Margaret’s three children grew up on the farm.", "Margaret")]
    [InlineData("The farm passed to his son Thomas, who still runs it.", "Thomas")]
    [InlineData("She and her brother Jack were raised by their aunt.", "Jack")]
    public void AGivenNameAfterAFamilyWord_IsAPerson(string text, string name) => Assert.Equal("PERSON", At(Run(text), name).Type);

    /// <summary>A store's name in the possessive, before the last item of a list of organisations, is one of them.</summary>
    [Fact]
    public void AStoresPossessiveNameInAListOfOrganisations_IsAnOrganisation() =>
        Assert.Equal("ORG", At(Run("The label is sold at department stores like Quellmark's and Harlow Bank in big cities."), "Quellmark").Type);

    /// <summary>A possessive before a comma and a speaker is no list.</summary>
    [Fact]
    public void APossessiveBeforeACommaAndASpeaker_IsNoList() =>
        HasNo("On the Harlow Bank's, Tarnby said on Sunday the deal was close.", "Tarnby", "ORG");

    /// <summary>A nationality before a masthead word names a newspaper, not a description.</summary>
    [Theory]
    [InlineData("As reported by the Maltese Examiner, the pair will serve two years.", "Maltese Examiner")]
    [InlineData("The Irish Courier first reported the sale on Monday.", "Irish Courier")]
    public void ANationalityBeforeAMastheadWord_IsANewspaper(string text, string name) => IsOneOrganisation(text, name);

    /// <summary>A web name in the possessive is still the organisation's name.</summary>
    [Fact]
    public void AWebNameInThePossessive_IsAnOrganisation() =>
        IsOneOrganisation("See more examples of the word in Quorvin.com's dictionary.", "Quorvin.com");

    /// <summary>A school district's name ends in "Schools".</summary>
    [Fact]
    public void ADistrictsPublicSchools_IsAnOrganisation() =>
        IsOneOrganisation("Police did not name the pupils, but Harlow County Public Schools confirmed both attended its schools.",
            "Harlow County Public Schools");

    /// <summary>A role in the plural before a person's name ("Defendants", "Witnesses") is no part of the name.</summary>
    [Fact]
    public void ARoleInThePluralBeforeAName_IsNoPartOfIt()
    {
        var a = Run("Defendants Peter Harlow, 68, of Tarvel, and Anna Quell, 30, are charged with fraud.");
        Assert.Equal("PERSON", At(a, "Peter Harlow").Type);
        Assert.DoesNotContain(a.Entities, e => a.Body[e.Start..e.End].StartsWith("Defendants", StringComparison.Ordinal));
    }

    /// <summary>A company named by a compass word ("Southwest") before a capitalised word opens a region's name instead.</summary>
    [Theory]
    [InlineData("SOUTHWEST HARLOW, Fla. (WTRV) - A crash in Southwest Harlow left one driver dead.")]
    [InlineData("The storm knocked out power across Southwest Tarvel on Monday night.")]
    public void ACompassWordBeforeAName_IsNoCompany(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Type == "ORG" && e.Name.StartsWith("Southwest", StringComparison.OrdinalIgnoreCase));

    /// <summary>"the Court" after a court's full name is that court: the nearest one before it when the article names two.</summary>
    [Fact]
    public void ABodysHeadWordAfterThe_IsTheNearestBodyOfThatHead()
    {
        var a = Run("The Tarvel Supreme Court upheld the ban in March. The case then went to the Harlow Court of Human Rights, "
            + "and in July the Court granted it priority.");
        var court = a.Entities.Last(e => a.Body[e.Start..e.End] == "Court");
        Assert.Equal(("ORG", "Harlow Court of Human Rights"), (court.Type, court.Name));
    }

    /// <summary>A learned periodical's title before "of" and its publisher is one organisation, the periodical.</summary>
    [Theory]
    [InlineData("The results appear in Monthly Notices of the Tarvel Astronomical Society this week.",
        "Monthly Notices of the Tarvel Astronomical Society")]
    [InlineData("An earlier paper ran in Transactions of the Harlow Philological Society last year.", "Transactions of the Harlow Philological Society")]
    public void APeriodicalNamedAfterItsPublisher_IsOneOrganisation(string text, string name) => IsOneOrganisation(text, name);

    /// <summary>An imperative opening a call to action ("Get", "Buy", "Download") is no part of the name after it.</summary>
    [Fact]
    public void AnImperativeBeforeAName_IsNoPartOfIt() =>
        Assert.DoesNotContain(Run("Get Harlow Motor Monthly delivered to your door every month.").Entities,
            e => e.Name.StartsWith("Get", StringComparison.Ordinal));

    /// <summary>An acronym named once after a chapter, member or office of it, ending the phrase, is an organisation; one before a noun is a modifier.</summary>
    [Theory]
    [InlineData("Leaders of the Tarvel chapter of the QRVA, who met on Monday, objected to the plan.", "QRVA", true)]
    [InlineData("The rebels said a member of the HTLM, who asked not to be named, was held.", "HTLM", true)]
    [InlineData("Do you really want to subject members of the QRVA community to this?", "QRVA", false)]
    public void AnAcronymAfterAChapterOrMemberOfIt_IsAnOrganisation(string text, string acronym, bool organisation) =>
        Assert.Equal(organisation, Run(text).Entities.Any(e => e.Type == "ORG" && text[e.Start..e.End] == acronym));

    /// <summary>A possessive that opens a name ("King's", "Children's") goes on into the body it names.</summary>
    [Theory]
    [InlineData("She is a professor of law at King's College Tarvel and a fellow elsewhere.", "King's College Tarvel")]
    [InlineData("The boy was taken to Harlow Children's Hospital on Monday.", "Harlow Children's Hospital")]
    public void APossessiveThatOpensAName_IsPartOfIt(string text, string name) => IsOneOrganisation(text, name);

    /// <summary>A broadcaster's call sign with its service ("-TV", "-FM") is an organisation.</summary>
    [Fact]
    public void ACallSignWithItsService_IsAnOrganisation() =>
        IsTypedBy("She spent ten years as a producer for WTRV-TV in Harlow.", "WTRV-TV", "ORG", "entities.org.call-sign-service");

    /// <summary>A councilor in either spelling, and an investigator or a psychologist in apposition, are people's roles.</summary>
    [Theory]
    [InlineData("City Councilor Peter Tarnby, for his part, castigated the firm.", "Peter Tarnby")]
    [InlineData("\"It was fake,\" explained Orsu Taviel, an investigator with the group.", "Orsu Taviel")]
    [InlineData("Maurel Pouvant, clinical psychologist and lead researcher, says the risk is real.", "Maurel Pouvant")]
    public void ARoleBeforeOrAfterAName_MakesItAPerson(string text, string name) => Assert.Equal("PERSON", At(Run(text), name).Type);

    /// <summary>Two places joined by an ampersand, known as a country with "and", are no firm.</summary>
    [Fact]
    public void APlaceWrittenWithAnAmpersand_IsNoFirm() =>
        HasNo("The firms were registered in Belize and St. Kitts & Nevis last year.", "St. Kitts & Nevis", "ORG");
}
