namespace FinExtract.Tests.Numbers;

/// <summary>A currency name several countries use takes the code of the country the text names.</summary>
public class CurrencyByCountryTests
{
    private static string CodeOf(string text, string money)
    {
        var a = ShippedPipeline.Run(text);
        var n = Assert.Single(a.Numbers, x => x.Kind == "money" && a.Body[x.Start..x.End] == money);
        return n.Unit;
    }

    [Theory]
    [InlineData("The Jordanian utility borrowed 40 million dinars last year.", "40 million dinars", "JOD")]
    [InlineData("In Tanzania a sack of maize sells for 90,000 shillings.", "90,000 shillings", "TZS")]
    [InlineData("A ferry ticket in Norway costs 450 kr for adults.", "450 kr", "NOK")]
    [InlineData("The Colombian airline lost 2 billion pesos.", "2 billion pesos", "COP")]
    [InlineData("Prices in Gabon rose to 900 billion CFA francs.", "900 billion CFA francs", "XAF")]
    [InlineData("Cairo's bourse fell as Egypt sold 8 billion pounds of bills.", "8 billion pounds", "EGP")]
    public void ACountryNamedInTheSentence_DecidesTheCurrency(string text, string money, string code) =>
        Assert.Equal(code, CodeOf(text, money));

    [Fact]
    public void WithNoCountryNamed_TheFormsOwnCodeStands() =>
        Assert.Equal("KES", CodeOf("The vendor charged 300 shillings for a basket of mangoes.", "300 shillings"));

    [Fact]
    public void ACountryTheArticleNamesMoreOftenThanTheDefaults_Decides()
    {
        const string text = "Oman's budget gap widened this year. Omani officials blamed oil prices. The deficit reached 1.2 billion rials, "
            + "the ministry said.";
        Assert.Equal("OMR", CodeOf(text, "1.2 billion rials"));
    }

    [Fact]
    public void ACountryNamedNoMoreOftenThanTheDefaults_DoesNotOverrideIt()
    {
        const string text = "Swiss exporters met French buyers. The order was worth 5 million francs, the Swiss firm said later.";
        Assert.Equal("CHF", CodeOf(text, "5 million francs"));
    }

    [Fact]
    public void ACountryThatChangedCurrency_CountsForTheOneTheFamilyHas() =>
        Assert.Equal("SDD", CodeOf("The Sudanese central bank printed 900 million dinars in 2005.", "900 million dinars"));
}
