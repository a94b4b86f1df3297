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
}
