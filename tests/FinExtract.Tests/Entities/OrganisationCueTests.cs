using FinExtract.Entities;

namespace FinExtract.Tests.Entities;

/// <summary>Organisations told by the words around them: where an office is held, the kind of shop a name is set after; and a kit's
/// name, which is no organisation's.</summary>
public class OrganisationCueTests
{
    private static List<(string Mention, EntityMention M)> Mentions(string text) => ShippedPipeline.Mentions(text);

    /// <summary>A public body's kind set after a name (", the regional transport authority", ", a government department") makes it a body.</summary>
    [Theory]
    [InlineData("Fares will rise in May, said Quorvinta, the regional transport authority, on Monday.", "Quorvinta")]
    [InlineData("The rules were drafted by Tarnmoor, a government department that oversees farming.", "Tarnmoor")]
    public void APublicBodysKindInApposition_MakesAnOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.Mention == name && x.M.Type == "ORG");

    [Theory]
    [InlineData("\"Demand is slowing,\" said Ana Roe, head of credit research at Tarnbrook in Harlow.", "Tarnbrook")]
    [InlineData("The study was led by Ivo Marsh, a professor of economics at Quellbury, and two colleagues.", "Quellbury")]
    public void WhereAnOfficeOverAFieldIsHeld_IsAnOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);

    [Fact]
    public void ANameSetAfterItsKindOfShop_IsAnOrganisation() =>
        Assert.Contains(Mentions("Tarn residents shop at Wendle Provisions, a family chain store in Harlow."),
            x => x.M.Type == "ORG" && x.Mention == "Wendle Provisions");

    [Fact]
    public void AKitDefinedWithItsAcronym_IsNoOrganisation() =>
        Assert.DoesNotContain(Mentions("Version 2 of the Tarvel Software Development Kit (SDK) is free. Games built with the SDK run offline."),
            x => x.M.Type == "ORG" && x.Mention is "SDK" or "Software Development Kit");

    [Theory]
    [InlineData("Sales held up, Ivo Marsh, chairman of Kessa, told shareholders.", "Kessa")]
    [InlineData("Ana Roe, founder of Tarnlet, said the shop would reopen.", "Tarnlet")]
    public void WhatAChairmanOrFounderLeads_IsAnOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);

    [Fact]
    public void AFounderOfAFirmRunTogetherWithTheirName_StaysAPerson() =>
        Assert.Contains(Mentions("The prize went to the founder of Multitel Ivo Shen last week."),
            x => x.M.Type == "PERSON" && x.Mention == "Ivo Shen");

    [Fact]
    public void APlaceAfterAnOfficeAndOf_StaysAPlace() =>
        Assert.Contains(Mentions("Ivo Marsh, chairman of Harlow Rovers, met the mayor of Tarnwell and the president of France."),
            x => x.M.Type == "LOCATION" && x.Mention == "France");

    [Theory]
    [InlineData("The site was bought by an ex-Google engineer last year.", "Google")]
    [InlineData("An ex-Goldman Sachs banker now runs the fund.", "Goldman Sachs")]
    [InlineData("A pro-Tesla blog said the car was late.", "Tesla")]
    public void AKnownOrganisationAfterAPrefixAndHyphen_IsFound(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);

    /// <summary>A name right after "service" ("booking service X", "postal service X") is the service's organisation.</summary>
    [Fact]
    public void ANameAfterService_IsAnOrganisation() =>
        Assert.Contains(Mentions("The complaint was filed by booking service Quorlant last week."),
            x => x.M.Type == "ORG" && x.Mention == "Quorlant");

    /// <summary>An acronym named once, and a name whose apposition the writer left unclosed before its verb, take the kind set after them.</summary>
    [Theory]
    [InlineData("QRVN, the regional broadband provider, said it was working on the fault.", "QRVN")]
    [InlineData("QRVN, the regional broadband provider has said it is working on the fault.", "QRVN")]
    [InlineData("Tarnmoor, a rural mobile provider said the fault was fixed.", "Tarnmoor")]
    public void AKindInAppositionAfterAnAcronymOrBeforeTheVerb_MakesAnOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);

    /// <summary>After "the", a name that a kind of business follows, with a few lower-case words between, is that business.</summary>
    [Theory]
    [InlineData("A spokesman for the Quellmark wind energy company said the levy was unfair.", "Quellmark")]
    [InlineData("Shares in the Brenvik mining group fell after the Kessmoor oil company reported a loss.", "Brenvik")]
    [InlineData("Shares in the Brenvik mining group fell after the Kessmoor oil company reported a loss.", "Kessmoor")]
    [InlineData("She sold the shop to the Tarnvale company in March.", "Tarnvale")]
    public void ANameBeforeTheKindOfBusiness_IsAnOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);

    /// <summary>...but not where the kind is no head of its phrase, nor after "a", where the name tells what the business does.</summary>
    [Theory]
    [InlineData("Both belong to the Vandrel airline pact, which shares lounges.", "Vandrel")]
    [InlineData("Revenue at a Brenvik software firm rose.", "Brenvik")]
    [InlineData("The deal was struck by the Harrowgate based company last week.", "Harrowgate")]
    public void ANameBeforeAKindThatIsNoHead_IsNoOrganisation(string text, string name) =>
        Assert.DoesNotContain(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);

    /// <summary>A kind of business set after a name by a dash, with or without its article, makes it a business.</summary>
    [Theory]
    [InlineData("The firm will work with Dravon Quist - freight and storage company, which runs six depots.", "Dravon Quist")]
    [InlineData("It also signed with Velmora Tesk – a logistics firm based in Harlow.", "Velmora Tesk")]
    public void AKindAfterADash_MakesAnOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);

    [Fact]
    public void ACountrysCoastGuard_IsOneBody() =>
        Assert.Contains(Mentions("A spokesman for the U.S. Coast Guard said the search would go on."),
            x => x.M.Type == "ORG" && x.Mention == "U.S. Coast Guard");

    /// <summary>An appointed body's name ends in "Body" or holds "Panel": after a known body's name, it is that body's unit.</summary>
    [Theory]
    [InlineData("The ruling was upheld by the IMF Appeals Body on Friday.", "IMF Appeals Body")]
    [InlineData("The bid was referred to the Harlow Mergers Panel on Friday.", "Harlow Mergers Panel")]
    [InlineData("A draft by the Tarvian Panel on Coastal Erosion was leaked.", "Tarvian Panel on Coastal Erosion")]
    public void AnAppointedBodysName_IsAnOrganisation(string text, string name) =>
        Assert.Contains(Mentions(text), x => x.M.Type == "ORG" && x.Mention == name);
}
