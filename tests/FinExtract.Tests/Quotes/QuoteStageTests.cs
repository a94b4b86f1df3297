using FinExtract.Documents;
using FinExtract.Input;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Quotes;

public class QuoteStageTests
{
    private static Article Run(string text) => ShippedPipeline.Run(text);

    /// <summary>The speaker of the text's one quotation (the test fails unless there is exactly one).</summary>
    private static string OnlySpeaker(string text) => Assert.Single(Run(text).Quotes).Speaker;

    [Theory]
    [InlineData("Stocks fell on Monday. Priya Raman of Halden Securities said: \"We see downside to margins.\"", "Priya Raman")]
    [InlineData("Stocks fell. Priya Raman of Quiet Risk and Investigations, a Harlow firm, said: \"We see downside to margins.\"", "Priya Raman")]
    [InlineData("Traders were nervous. Analyst Marco Ferri at Brisa Capital wrote in a note: \"The sell-off has further to go.\"", "Marco Ferri")]
    [InlineData("Markets were calm. Jonas Weber from Kessel Bank told reporters: \"We are cautious.\"", "Jonas Weber")]
    [InlineData("Demand rose. The chairman, Omar Haddad, said: \"Wages must rise.\"", "Omar Haddad")]
    [InlineData("Margins held. The finance minister, Ivo Marsh, has argued: \"Taxes must fall.\"", "Ivo Marsh")]
    [InlineData("Halden Motors reported a loss. \"We are not selling,\" said the company's chief executive, Rafael Munro.", "Rafael Munro")]
    [InlineData("Halden Motors reported a loss. \"Costs will fall,\" said Halden Motors’ finance chief, Ines Baptiste.", "Ines Baptiste")]
    [InlineData("Brisa Capital cut its forecast. According to Helen Brightwater, \"the outlook is uncertain.\"", "Helen Brightwater")]
    [InlineData("Ivo Marsh spoke first. According to veteran fund manager Helen Brightwater, \"the outlook is uncertain.\"", "Helen Brightwater")]
    [InlineData("Ivo Marsh spoke first. According to Harwell Institute director Ada Quarles, the plan is \"the reason the talks broke down.\"",
        "Ada Quarles")]
    [InlineData("Fares rose. Ada Quarles, a bus driver in Leeds, England told reporters, \"Fuel eats half of what we take.\"", "Ada Quarles")]
    [InlineData("Ivo Marsh spoke first. According to Tarvia vice-chairman Ada Quarles, the yard \"will not reopen before the spring.\"", "Ada Quarles")]
    [InlineData("Rates held. \"Inflation has further to fall,\" said deputy-governor Ana Lupe.", "Ana Lupe")]
    [InlineData("Ivo Marsh spoke first. According to the Harbour Gazette, \"the outlook is uncertain.\"", "Harbour Gazette")]
    [InlineData("Ivo Marsh spoke first. According to the head of Tarvel Clinics, Ada Quarles, \"waiting lists will shrink by autumn.\"", "Ada Quarles")]
    [InlineData("Ivo Marsh spoke first. \"Waiting lists will shrink by autumn,\" said the head of Tarvel Clinics, Ada Quarles.", "Ada Quarles")]
    [InlineData("Ivo Marsh spoke first. According to Ada Quarles, the talks broke down when Tarn Ltd walked out, \"without a word to anyone.\"",
        "Ada Quarles")]
    [InlineData("Ivo Marsh spoke first. Growth stayed \"painfully weak\" according to Liberal economist Ada Quarles.", "Ada Quarles")]
    [InlineData("Ivo Marsh left in 1990. \"I knew nothing about ships,\" Tomas Quell would later write of his first yard.", "Tomas Quell")]
    [InlineData("Rates held. \"Nobody bakes bread at home any more,\" Tomas Quell laments.", "Tomas Quell")]
    [InlineData("Rates held. \"We were first to market with a cheaper loaf,\" Ines Baptiste boasts.", "Ines Baptiste")]
    [InlineData("Reporters asked why. Ambassador Lena Corvell answered with, \"The talks have run for months, not hours.\"", "Lena Corvell")]
    [InlineData("Reporters asked why. \"The talks have run for months, not hours,\" Lena Corvell answered.", "Lena Corvell")]
    [InlineData("Rates held. \"We see no reason to move yet,\" the spokeswoman for Kessel Bank, Dana Whitlow, said.", "Dana Whitlow")]
    [InlineData("Rates held. \"Inflation has further to fall,\" said the governor, Ana Lupe.", "Ana Lupe")]
    [InlineData("Ivo Marsh spoke first. \"Pay must rise,\" said the general secretary of the Harbour Union, Tom Wood.", "Tom Wood")]
    [InlineData("Ivo Marsh spoke first. \"Growth is shifting,\" remarked the chief economist for Kessel Bank in Tokyo, Aiko Mori.", "Aiko Mori")]
    [InlineData("Rates held. \"Inflation has further to fall,\" said central bank governor Ana Lupe.", "Ana Lupe")]
    [InlineData("Shares slid. \"The guidance was too bold,\" wrote senior analyst Kofi Mensah.", "Kofi Mensah")]
    [InlineData("Shares slid. \"The guidance was too bold,\" said Harlow and Co analyst Kofi Mensah.", "Kofi Mensah")]
    [InlineData("Shares slid. \"The guidance was too bold,\" said Quorvin Ltd analyst Kofi Mensah.", "Kofi Mensah")]
    [InlineData("Roads were shut. \"Stay away from the harbour,\" said Harbour City Police Sgt. Nora Vale.", "Nora Vale")]
    [InlineData("Talks stalled. \"Nothing has changed,\" a Tarn Ltd spokesman said.", "Tarn Ltd")]
    [InlineData("Talks stalled. A Tarn Ltd representative said \"nothing has changed.\"", "Tarn Ltd")]
    [InlineData("Talks stalled. A Tarn Ltd statement said simply: \"Nothing has changed.\"", "Tarn Ltd")]
    [InlineData("Tarn Ltd cut 300 jobs. \"Nothing has changed,\" an airline spokesperson said.", "Tarn Ltd")]
    [InlineData("Mira Solberg leads Tarn Ltd. She said the firm \"will not be sold to anyone\" this year.", "Mira Solberg")]
    [InlineData("Rates rose. \"It is a mistake,\" said one senior analyst at Brisa Capital.", "Brisa Capital")]
    [InlineData("Sales fell. \"It is a short-term view,\" said, telecoms expert, Paul Budde.", "Paul Budde")]
    [InlineData("Mike Tarvel, an economist, was quoted as saying \"the cut was overdue.\" Greenspan reiterated his concerns.", "Mike Tarvel")]
    [InlineData("Rates held. \"We are watching closely,\" said Central Bank of Arden Governor Lia Sorn.", "Lia Sorn")]
    [InlineData("Growth slowed. \"We expect a rebound,\" said Brisa Capital's Andreas Quell.", "Andreas Quell")]
    [InlineData("Oil flowed. \"The money went missing,\" said Kenya's finance minister, Ali Dahan.", "Ali Dahan")]
    [InlineData("Jobs data were mixed. \"Hiring has stalled,\" said an economist for the board, Maria Lopez.", "Maria Lopez")]
    [InlineData("The plan was approved. \"It will not work,\" said a sceptical Robert Hale, the trust's chairman.", "Robert Hale")]
    [InlineData("Fees rose. \"We have written to the regulator twice,\" said complainant Asha Varma in a statement.", "Asha Varma")]
    [InlineData("Prices fell. \"The market panicked again today,\" said Delaware senator Edwin Kaufer.", "Edwin Kaufer")]
    [InlineData("The Senate met. \"Not one bill has moved in a month,\" said Senate Democratic leader Edwin Kaufer of Delaware.", "Edwin Kaufer")]
    [InlineData("Maria Quellan lost her son. “No parent means for it to happen,” said Quellan’s neighbor, Brian Kettering, who lives next door.",
        "Brian Kettering")]
    [InlineData("Markets fell. Tim Roe, the chief investment officer for Tarn Asset Management said, \"This is not good news for anyone.\"", "Tim Roe")]
    [InlineData("Tarn Ltd denied it. However; the Harbour Courier said that it is \"confident about the story and its sources\".", "Harbour Courier")]
    [InlineData("Ana Ruiz told Reuters the deal was off, adding: \"We will not sell the unit this year.\"", "Ana Ruiz")]
    [InlineData("Tarn Ltd's chief, Colm Ferry, justified the order by saying, \"The new jet has the best reliability we know.\"", "Colm Ferry")]
    [InlineData("Colm Ferry spoke first. Harbour Radio's statement closed by saying, \"We thank every listener for their support.\"", "Harbour Radio")]
    [InlineData("Dara Quill, head of Quill Auctions, which ran the sale, said \"it did very well for a first sale.\"", "Dara Quill")]
    [InlineData("\"It sold well,\" Dara Quill, head of Quill Auctions, which ran the sale, said on Sunday.", "Dara Quill")]
    [InlineData("Shares fell. \"The stock is reacting well,\" said chief investment officer at Harbour Asset Management, Tom Keller.", "Tom Keller")]
    [InlineData("Exports fell. \"Members face shortages of trade finance,\" wrote WTO Director-General Pascal Lamy.", "Pascal Lamy")]
    [InlineData("Ana Ruiz spoke for the growers. \"Free trade must be fair trade,\" read a statement issued by Commerce Department spokesman Carlos Mendez.",
        "Carlos Mendez")]
    [InlineData("Tarn Ltd recalled the jets. \"We regret the error,\" said a statement from the company.", "Tarn Ltd")]
    [InlineData("Mark Ellis spoke first. Senator Howard Bell (D-Ore.) made a profound remark: \"As I listen to the testimony, I wonder who gains.\"",
        "Howard Bell")]
    [InlineData("Ana Ruiz sold her stake. Tarn Ltd issued the following statement: \"We regret the error and will refund every customer.\"", "Tarn Ltd")]
    [InlineData("Mark Ellis said the plan was rash. Nevertheless, Jones holds that the country \"would be better advised to wait for the vote.\"", "Jones")]
    [InlineData("Mark Ellis said the plan was rash. Ivo Marsh attacked the chair. Later he charged that \"the board hid the losses from its own auditors.\"",
        "Ivo Marsh")]
    public void APersonNamedWithTheirOrganisationOrInAppositionToTheirRole_IsTheSpeaker(string text, string speaker)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("Varrow Motors cut its forecast on Tuesday. The carmaker said: \"Output will resume at both plants on Monday.\"")]
    [InlineData("Varrow Motors cut its forecast. The German carmaker said in a statement: \"Output will resume at both plants on Monday.\"")]
    public void ADescriptorThatOpensTheSentenceBeforeAQuotation_IsTheOrganisationNamedBefore(string text) =>
        Assert.Equal("Varrow Motors", OnlySpeaker(text));

    /// <summary>A subject led by a role with a capitalised word before it ("Opposition Senator X", "Harbour spokeswoman X") still opens the sentence.</summary>
    [Theory]
    [InlineData("Opposition Senator Judd Marlow was also critical of the plan: “It will not survive the winter.”", "Judd Marlow")]
    [InlineData("Harbour spokeswoman Ana Lopes was blunt about the plan: “It will not survive the winter.”", "Ana Lopes")]
    [InlineData("Union leader Marta Kowalczyk was blunt about the plan: “It will not survive the winter.”", "Marta Kowalczyk")]
    public void ASubjectLedByAQualifiedRole_IsTheSpeaker(string sentence, string speaker)
    {
        var quotes = Run("“We back the plan,” Tom Reyes said on Monday.\n\n" + sentence).Quotes;
        Assert.Equal(speaker, quotes[^1].Speaker);
    }

    /// <summary>"according to a statement from X": the statement's author, not the speaker before.</summary>
    [Theory]
    [InlineData("“This is a tax on consumers,” Tom Reyes said.\n\n“Costs are up everywhere,” according to a statement from Harbor Goods Inc.")]
    [InlineData("“This is a tax on consumers,” Tom Reyes said.\n\nAccording to a statement released by Harbor Goods Inc., “costs are up everywhere.”")]
    public void AccordingToAStatementFromX_IsX(string text) =>
        Assert.Equal(("Tom Reyes", "Harbor Goods Inc."), (Run(text).Quotes[0].Speaker, Run(text).Quotes[1].Speaker));

    /// <summary>"according to X" in the sentence after a quotation that ends its own names the next sentence's source, not the quotation's.</summary>
    [Fact]
    public void AccordingToInTheNextSentence_IsNotTheQuotationsSource()
    {
        var quotes = Run("“We want the banks to look into it,” said Ada Quarles. “Many customers were never refunded.” Nine in ten card "
            + "payments use a chip, according to the Harbour Payments Council.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Ada Quarles", "Ada Quarles"), (quotes[0].Speaker, quotes[1].Speaker));
    }

    /// <summary>"Owned since 2005 by X, Y says that …": an opening past participle is no speaker; the subject after its comma is.</summary>
    [Fact]
    public void AnOpeningParticiple_IsNotTheSpeaker()
    {
        var q = Assert.Single(Run("Tarn Ltd makes cameras. Owned since 2005 by Harlow Group, Tarn Ltd says that the founder is "
            + "“under investigation for acts that hurt the firm.”").Quotes);
        Assert.Equal("Tarn Ltd", q.Speaker);
    }

    /// <summary>"“…,” a spokesperson for the X market told Y.": the body after "for the" speaks; one the entity stage left untyped is
    /// neither a body named before nor the previous quotation's speaker.</summary>
    [Theory]
    [InlineData("a spokesperson for the Quorvin market told the Harlow Post.")]
    [InlineData("a spokesman for the Quorvin fish market told reporters.")]
    public void ASpokespersonForAnUntypedBody_IsNotTheBodyBefore(string credit)
    {
        var q = Run("“We will decide in May,” said the Tarvia Council on Monday. “Buyers are shying away from tuna this winter,” "
            + credit).Quotes[^1];
        Assert.NotEqual("Tarvia Council", q.Speaker);
    }

    /// <summary>"said the charity X", "said charity X", "said the company X": the kind of body, then its name, names the speaker.</summary>
    [Theory]
    [InlineData("“The situation in the camps is beyond repair now,” said the charity Tarvia Relief Fund.")]
    [InlineData("“The situation in the camps is beyond repair now,” said charity Tarvia Relief Fund.")]
    [InlineData("“The situation in the camps is beyond repair now,” said the foundation Tarvia Relief Fund in a statement.")]
    public void AKindOfBodyThenItsName_Speaks(string text) => Assert.Equal("Tarvia Relief Fund", OnlySpeaker(text));

    /// <summary>"“…” if the lights go out, Mr. Marsh said.": a title written short does not end the clause that names the speaker.</summary>
    [Theory]
    [InlineData("“It makes for a gripping story” if the lights go out for lack of plants, Mr. Marsh said.")]
    [InlineData("“It makes for a gripping story” if the lights go out for lack of plants, Dr. Ivo Marsh said.")]
    public void AShortTitleInTheClauseAfterAQuotation_DoesNotEndIt(string text) => Assert.EndsWith("Marsh", OnlySpeaker(text));

    [Theory]
    [InlineData("“We must lead the way on habitat work in every county,” said the company’s development director Ivo Marsh.")]
    [InlineData("“We must lead the way on habitat work in every county,” said the charity’s development director Ivo Marsh.")]
    public void TheHolderOfABodysRole_SpeaksForIt(string text) => Assert.Equal("Ivo Marsh", OnlySpeaker(text));

    [Fact]
    public void AKindOfCompanyThenItsName_Speaks() =>
        Assert.Equal("Quorvale Motors", OnlySpeaker("“Sales are falling in every market we serve,” said the company Quorvale Motors."));

    /// <summary>"Prior to the vote, X …, saying “…”": a sentence opened by a preposition names its subject after the comma.</summary>
    [Theory]
    [InlineData("Prior to the vote, Ivo Marsh took a different view, saying that the plan “would not survive a year.”")]
    [InlineData("Ahead of the results, Ivo Marsh said the plan “would not survive a year.”")]
    [InlineData("Due to the strike, Ivo Marsh said the plan “would not survive a year.”")]
    public void APrepositionOpeningTheSentence_IsNotTheSpeaker(string text) => Assert.Equal("Ivo Marsh", OnlySpeaker(text));

    /// <summary>"Specifically, he was …, described as “…”": a sentence adverb opening the sentence is no speaker.</summary>
    [Theory]
    [InlineData("Specifically, he was asked about plans to skip the payments, described by the host as a “legal obligation”.")]
    [InlineData("Apparently, only a few traders were involved. said Ivo Marsh, adding that “we are still checking the records.”")]
    public void ASentenceAdverb_IsNotTheSpeaker(string text) =>
        Assert.DoesNotContain(Run(text).Quotes, q => q.Speaker is "Specifically" or "Apparently");

    /// <summary>"the author of “X”": a title after the maker of a work is no quotation, even with its comma inside the marks.</summary>
    [Fact]
    public void ATitleAfterTheMakerOfAWork_IsNoQuotation() =>
        Assert.Empty(Run("According to Ada Quarles, author of “The Quiet Ledger,” prices will fall.").Quotes);

    /// <summary>Capitalised words after a name's possessive are the title of that person's work, with its comma inside the marks.</summary>
    [Fact]
    public void ATitleAfterItsAuthorsPossessive_IsNoQuotation()
    {
        var a = Run("\u201cWe are proud of them,\u201d said Ada Quarles. The book holds Ivo Marsh's \u201cTwo Days in Harlow,\u201d and other stories.");
        Assert.Equal("We are proud of them,", a.Body[a.Quotes.Single().Start..a.Quotes.Single().End]);
    }

    /// <summary>A title of six words or more with no reporting clause is no quotation either: a question or an exclamation in title case,
    /// or a title, a colon and its subtitle.</summary>
    [Theory]
    [InlineData("In “Where Will the Money for the Harbour Go?”, Ada Quarles looks at the port's budget.")]
    [InlineData("Her latest report, “Harbours of Tarn: what the docks earned in a century”, came out in May.")]
    public void ALongerTitleWithoutAReportingClause_IsNoQuotation(string text) =>
        Assert.Empty(Run(text).Quotes);

    /// <summary>"X called the deal “…”", "X dubbed it “…”": a verb of naming with its object attributes the words; "a firm called “…”" names.</summary>
    [Fact]
    public void AVerbOfNamingWithItsObject_AttributesTheWords_ButANameIsNoQuotation()
    {
        var q = Assert.Single(Run("The mayor, Tomasz Nowicki, called the deal “a relief for the whole city” and thanked both sides.").Quotes);
        Assert.Equal(("Tomasz Nowicki", "called"), (q.Speaker, q.Cue));
        Assert.Empty(Run("She founded a small payments firm called “Kudapay” in 2019 with two friends.").Quotes);
    }

    /// <summary>A quotation that opens its paragraph after a paragraph whose last sentence reports a statement: that sentence's subject.</summary>
    [Fact]
    public void AQuotationAfterAParagraphThatReportsAStatement_IsItsSubjects_ButNotAfterAQuestion()
    {
        var read = Assert.Single(Run("Dockworkers went back to work. Marta Kowalczyk, the union leader, read a statement at the gates.\n\n"
            + "“We fought for a fair deal and we got one.”").Quotes);
        Assert.Equal("Marta Kowalczyk", read.Speaker);
        var asked = Assert.Single(Run("Dockworkers went back to work. Marta Kowalczyk asked the crowd whether it would vote.\n\n"
            + "“We fought for a fair deal and we got one.”").Quotes);
        Assert.Equal("", asked.Speaker);
    }

    /// <summary>"“…” That was the view of X.", "So says X.": the sentence after a quotation names its source, not the speaker before.</summary>
    [Theory]
    [InlineData("That was the view of Omar Shadid, a fund manager at Greyfield Partners.")]
    [InlineData("That is the blunt assessment of Omar Shadid, who runs a fund.")]
    [InlineData("So says Omar Shadid, a fund manager.")]
    public void ASentenceAfterTheQuotationThatNamesItsSource_GivesTheSpeaker(string source)
    {
        var quotes = Run("“We have been too cautious,” admitted Lena Voss, the finance chief.\n\n“This is a structural story, not a cyclical one.” "
            + source).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Lena Voss", "Omar Shadid"), (quotes[0].Speaker, quotes[1].Speaker));
        Assert.Equal("quotes.after.source-sentence", quotes[1].Rule);
    }

    /// <summary>"the bank said": of the organisations named before, the latest whose name shows the word, over a company named since; one
    /// a statement comes from ("a response from X, the bank said") is its author, no source.</summary>
    [Theory]
    [InlineData("The Bank of Tarvia held rates at 4% on Thursday. Shares in Orlen Shipping rose 3%.\n\n"
        + "“Inflation is easing, but not fast enough,” the bank said in a statement.", "Bank of Tarvia")]
    [InlineData("Varrow Motors cut its forecast on Tuesday. “Output will resume at both plants on Monday,” the carmaker said.", "Varrow Motors")]
    [InlineData("Regulators said Quillon Partners had a hand in the deal. In a short response from Tarvia Capital, the bank said that "
        + "“the claims are without any merit at all.”", "Tarvia Capital")]
    [InlineData("The Reserve Bank of Tarvia raised its rate. Tarnwell Bank, the largest lender, cut its forecast.\n\n"
        + "“We see inflation easing next year,” the central bank said.", "Reserve Bank of Tarvia")]
    [InlineData("The European Central Bank held rates. Tarnwell Bank cut its forecast.\n\n“Prices will ease,” the central bank said.",
        "European Central Bank")]
    public void ADescriptor_GoesToTheOrganisationWhoseNameShowsIt(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>"campaign group Tarn Watch … the group said": the organisation the article introduced with the descriptor's own word,
    /// over one named since.</summary>
    [Fact]
    public void ADescriptor_GoesToTheOrganisationItIntroduced_OverOneNamedSince()
    {
        const string text = "Campaign group Tarn Watch fears that Harlow Council will not act. A statement from the group said "
            + "\"The council must do more to cut traffic.\"";
        Assert.Equal("Tarn Watch", OnlySpeaker(text));
    }

    /// <summary>"the union said", "the court ruled": a kind of body no company is; with none named, the speaker is left empty.</summary>
    [Theory]
    [InlineData("Workers at Varrow Motors walked out on Monday. “Our members will not accept a pay freeze,” the union said.")]
    [InlineData("Varrow Motors lost its appeal. “The contract was binding on both parties from the day it was signed,” the court said.")]
    public void AKindOfBodyTheArticleDoesNotName_IsNoOne_NotTheCompanyNamedBefore(string text)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(("", "said"), (q.Speaker, q.Cue));
        Assert.EndsWith(".organisation-unresolved", q.Rule);
        var named = Assert.Single(Run("Members of the Tarvian Transport Union voted on Sunday. " + text).Quotes);
        Assert.Equal(text.Contains("union") ? "Tarvian Transport Union" : "", named.Speaker);
    }

    /// <summary>"the regulator said" after a bank and a carmaker: names that show another kind's word are not the regulator.</summary>
    [Fact]
    public void ADescriptorOfAKindNoNamedOrganisationShows_IsNotACompanyOfAnotherKind()
    {
        const string before = "Brindle Bank lent Varrow Motors $2 billion last year.\n\n";
        var q = Assert.Single(Run(before + "“The review will take months,” a spokesman for the regulator said.").Quotes);
        Assert.Equal("", q.Speaker);
        var named = Assert.Single(Run("Tarvia Holdings owns both. " + before + "“The review will take months,” the regulator said.").Quotes);
        Assert.Equal("Tarvia Holdings", named.Speaker);
    }

    /// <summary>"The union was blunt. “…,” it said.": "it" is the descriptor subject before it, not the company named earlier.</summary>
    [Theory]
    [InlineData("Workers at Varrow Motors met on Monday.\n\nThe union was blunt. “Jobs must be protected,” it said.", "")]
    [InlineData("Members of the Tarvian Transport Union met at Varrow Motors.\n\nThe union was blunt. “Jobs must be protected,” it said.",
        "Tarvian Transport Union")]
    [InlineData("Brindle Bank backed Varrow Motors on Monday.\n\nThe carmaker was upbeat. “Orders are strong,” it said.", "Varrow Motors")]
    public void ItAfterADescriptorSubject_IsTheOrganisationTheDescriptorMeans(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>"The notice included a photo. “…,” it said.": a document or message the sentence before is about speaks, not a company named before it.</summary>
    [Theory]
    [InlineData("On the family's Varrow Social page, Ada Quarles posted a notice.\n\nThe notice included a photo of the gates. “Please drive slowly,” it said.")]
    [InlineData("Tarn Ltd and Varrow Motors were both named.\n\nThe report was published on Monday. “Costs must fall,” it said.")]
    public void ItAfterADocumentSubject_IsNoOrganisationNamedBefore(string text)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal("", q.Speaker);
        Assert.EndsWith("pronoun-unresolved", q.Rule);
    }

    /// <summary>"…, not to a regulator like X, because the survey says …": the organisation before "because" is not the later clause's subject.</summary>
    [Fact]
    public void AnOrganisationBeforeABecauseClause_DoesNotSpeakForTheClausesVerb() =>
        Assert.DoesNotContain(Run("Most staff report problems to their managers, not to a body like the Harlow Markets "
            + "Authority, because the survey says they think it is “a matter for the firm” first.").Quotes, q => q.Speaker == "Harlow Markets Authority");

    /// <summary>"According to the Harlow Car Club's site “…”": the source's own page speaks for it, comma or not.</summary>
    [Theory]
    [InlineData("According to the Harlow Car Club's site “he was aware of how serious his illness was and took it calmly.”")]
    [InlineData("According to the Harlow Car Club’s official website, “he was aware of how serious his illness was and took it calmly.”")]
    public void AccordingToASourcesOwnPage_IsTheSourcesWords(string text) =>
        Assert.Equal("Harlow Car Club", OnlySpeaker(text));

    /// <summary>"A spokesman for X described the feature: “…”": the organisation the spokesperson speaks for is the speaker.</summary>
    [Fact]
    public void ASpokespersonForAnOrganisation_BeforeAColon_SpeaksForIt() =>
        Assert.Equal("Tarn Maps", Run("Tarn Maps now lets users look inside shops.\n\nA spokesman for Tarn Maps described the new feature: "
            + "“Building on our museum project, this lets businesses show what makes them stand out.”").Quotes.Last().Speaker);

    /// <summary>"X rejected the explanation saying, “…”": a participle with no comma before it still reports for the clause's subject.</summary>
    [Fact]
    public void AParticipleWithoutACommaBeforeIt_ButOneAfter_ReportsForTheSubject() =>
        Assert.Equal("Ada Quarles", OnlySpeaker("Ada Quarles rejected the insurer's explanation saying, “none of the reasons given hold water "
            + "with me or with the families.”"));

    /// <summary>"Organisers acknowledged that Tarn helped and said they hoped “…”": an organisation in what an earlier verb reported does not speak.</summary>
    [Fact]
    public void AnOrganisationInsideAReportedClause_IsNotTheLaterVerbsSubject() =>
        Assert.DoesNotContain(Run("Rallies were held in three towns. Organisers of the rallies acknowledged that Tarnwell Holdings helped pay for "
            + "the buses and said they hoped the “long weekend of protest, which drew thousands, would go on.”").Quotes, q => q.Speaker == "Tarnwell Holdings");

    /// <summary>
    /// "“…” Tarnwell says it is paying the owners": a verb whose own clause follows with a pronoun subject reports new words, when the
    /// sentence before the quotation named someone else; that one's quotation goes on.
    /// </summary>
    [Fact]
    public void AVerbWithItsOwnClauseAfterTheQuotation_ReportsNewWords_WhenSomeoneElseSpokeBefore() =>
        Assert.Equal("Ivo Marsh", Run("Tarnwell Paints painted murals on shops. \"Tarnwell has every right to use the walls,\" Ivo Marsh, the creative "
            + "director at Quorvin, told a magazine. \"They have done it for years and done it well.\" Tarnwell says it is paying the owners.").Quotes[^1].Speaker);

    /// <summary>...as with a noun phrase as the clause's subject ("“…” Minister Ivo Marsh believes the banks will help"), possessive and
    /// place included ("the group’s clinic in Harlow had").</summary>
    [Theory]
    [InlineData("Finance Minister Ivo Marsh believes the banks will do the right thing.")]
    [InlineData("Ivo Marsh, spokesman for Tarn Health, said the group’s clinic in Harlow had obtained an order against the strikers.")]
    public void AVerbWithANounClauseAfterTheQuotation_ReportsNewWords_WhenSomeoneElseSpokeBefore(string next) =>
        Assert.Equal("Ada Quarles", Run("Ada Quarles says the lenders pushed farmers to borrow more. \"Now these banks should share the losses.\" "
            + next).Quotes[^1].Speaker);

    /// <summary>"Pointing to X, Y said that “…”": the person between a comma and the verb is its subject, not one the sentence named first.</summary>
    [Theory]
    [InlineData("Pointing to Tomas Ilvers, Ada Quarles said that “nobody in the room believed the figures.”")]
    [InlineData("During a visit by Tomas Ilvers to the port, Ada Quarles said; “We will not sell the berths.”")]
    public void APersonBetweenACommaAndTheVerb_IsItsSubject(string text) =>
        Assert.Equal("Ada Quarles", OnlySpeaker("The port reopened in May. " + text));

    /// <summary>One capitalised word that opens a sentence and that the article writes in lower case too is a common word, no speaker.</summary>
    [Fact]
    public void ACommonWordOpeningASentence_IsNoSpeaker()
    {
        var a = Run("Shares slid all week, and people in the trade were nervous. Traders sold early on Friday. People said the slide was "
            + "\"a long time coming for the whole sector\" in the end.");
        Assert.Equal("", Assert.Single(a.Quotes).Speaker);
        var b = Run("Shares slid all week, and traders were nervous. Tarvel said the slide was \"a long time coming for the whole sector\" in the end.");
        Assert.Equal("Tarvel", Assert.Single(b.Quotes).Speaker);
    }

    [Fact]
    public void APronounAfterASentenceThatNamesAPersonAfterAThingAsSubject_IsThatPerson()
    {
        var a = Run("Young workers earn less than their parents did at the same age, and the gap is widest for the young. A short "
            + "career break makes it worse, as noted by labour economist Kessa Young. \"Wages for new starters have barely moved in a decade,\" she said.");
        Assert.Equal("PERSON", a.Entities.First(e => a.Body[e.Start..e.End] == "Kessa Young").Type);
        Assert.Equal("Kessa Young", Assert.Single(a.Quotes).Speaker);
    }

    /// <summary>"Describing a visit to X's house, when …, he acknowledges …, but adds: “…”", "And when it comes to X, she argued that …
    /// “…”", "In a speech to Y's members, he said …", "In a Y column the next day he described …": the pronoun after the opening phrase is the subject.</summary>
    [Theory]
    [InlineData("Describing a visit to Quarles’s office in May, when the deal was signed, he acknowledges raising his voice, but adds: "
        + "“Nothing I said that day was a threat.”")]
    [InlineData("And when it comes to Tarvia's port, he argued that the plan is “dead in the water.”")]
    [InlineData("In a letter to Quarles’s board last week, he said the sale was “a lost chance.”")]
    [InlineData("In a Reuters column the next day he described the sale as “a lost chance” for the town.")]
    public void APronounAfterAnOpeningPhrase_IsTheSubject(string text) =>
        Assert.Equal("Tomas Ilvers", Run("Tomas Ilvers wrote a memoir about the sale. Siobhan Quarles disputes it. " + text).Quotes[^1].Speaker);

    /// <summary>"Continues to" and a verb is going on doing it, not reporting what follows; "she continued" after a quotation still reports.</summary>
    [Fact]
    public void ContinuesToDoSomething_ReportsNothing()
    {
        var a = Run("Ada Quarles wrote a memoir. Retired now, she continues to paint the harbour, which is \"far too rigid for a small yard\" "
            + "in her view. “We will keep going,” she continued.");
        Assert.DoesNotContain(a.Quotes, q => q.Cue == "continues");
        Assert.Contains(a.Quotes, q => q.Cue == "continued" && q.Speaker == "Ada Quarles");
        var b = Run("Ada Quarles wrote a memoir. She continues to argue that the plan is \"dead in the water\" for the town.");
        Assert.Equal("Ada Quarles", Assert.Single(b.Quotes).Speaker);
    }

    [Fact]
    public void He_PassesOverAWomanNamedFirst() =>
        Assert.Equal("Tomas Ilvers", Run("Dianne Quarles said Tomas Ilvers had ignored the council. In 2011, he dismissed its concerns as “nonsense from "
            + "start to finish.”").Quotes[^1].Speaker);

    /// <summary>Verbs that report with a manner ("enthused", "retorted", "asserted") attribute as "said" does.</summary>
    [Theory]
    [InlineData("“We are rolling out the first one,” enthused Ivo Marsh, the project manager.")]
    [InlineData("“That is simply not true,” Ivo Marsh retorted.")]
    [InlineData("Ivo Marsh asserted that the rules are “far too rigid for a small yard.”")]
    public void VerbsOfSayingWithAManner_Attribute(string text) =>
        Assert.Equal("Ivo Marsh", OnlySpeaker("The yard opened in May. " + text));

    /// <summary>"Tarn is cutting costs, Quarles saying it was “…”": a participle right after a name, after a comma, reports for that name.</summary>
    [Fact]
    public void AParticipleRightAfterAName_ReportsForThatName() =>
        Assert.Equal("Ada Quarles", Run("Ada Quarles runs Tarnwell Air. Tarnwell Air is trying hard to cut costs, Quarles saying the airline was "
            + "“renegotiating every airport contract it has.”").Quotes[^1].Speaker);

    /// <summary>"X praised the ruling in “A v. B” saying, “…”": the participle may follow a quoted title's closing mark.</summary>
    [Theory]
    [InlineData("Ada Quarles welcomed the ruling in “Harlow Mills v. Tarn Board” saying, “The court has put the families first at last.”")]
    [InlineData("Ada Quarles welcomed the ruling in \"Harlow Mills v. Tarn Board\" saying, \"The court has put the families first at last.\"")]
    public void AParticipleAfterAQuotedTitle_ReportsForTheSubject(string text) =>
        Assert.Equal("Ada Quarles", Run("The appeal was heard in May. " + text).Quotes.Last().Speaker);

    /// <summary>"Quorvin analysts said … “…,” added the analysts": people named only by their work speak for the firm the text named them with.</summary>
    [Theory]
    [InlineData("“We view this as a positive step for the bank,” added the analysts, who rate the stock a buy.")]
    [InlineData("“We view this as a positive step for the bank,” the analysts wrote.")]
    public void TheAnalysts_AfterAQuotation_SpeakForTheFirmNamedWithThemBefore(string text) =>
        Assert.Equal("Quorvin Securities", Run("The deal marks a big step for Tarvia Bank, Quorvin Securities analysts said in a note to clients.\n\n" + text)
            .Quotes.Last().Speaker);

    /// <summary>"“…,” Tarn Bank analysts said": people named by their work after the quotation speak for where they work.</summary>
    [Fact]
    public void AnOrganisationsAnalystsAfterTheQuotation_SpeakForIt() =>
        Assert.Equal("Tarn Bank", Run("Ivo Marsh, an economist at Harlow Capital, wrote that wages were weak.\n\n“The latest news was somewhat mixed,” "
            + "Tarn Bank analysts said in a note to clients.").Quotes.Last().Speaker);

    /// <summary>"X asserts; she says that Y tried to “…”": the pronoun's clause speaks for her, not the sentence's first person.</summary>
    [Fact]
    public void AClauseWithAPronounSubject_SpeaksForWhomThePronounMeans() =>
        Assert.Equal("Ada Quarles", OnlySpeaker("The visit by Tomas Ilvers was itself intimidating, Ada Quarles asserts; she says that Ivo Marsh "
            + "then tried to “bully” the staff into taking the offer."));

    /// <summary>"“…,” Tavi Orrin, managing director at Tarn Research.": a name and its apposition after the quotation, with no verb, speak.</summary>
    [Fact]
    public void ANameWithItsAppositionAfterTheQuotation_WithNoVerb_Speaks()
    {
        var q = Run("Mina Okafor, a spokeswoman, said sales were steady. \"It would be hard to make deeper cuts this year,\" Tavi Orrin, "
            + "Shanghai-based managing director at consultancy Tarn Research.").Quotes;
        Assert.Equal("Tavi Orrin", q.Last().Speaker);
        Assert.Equal("quotes.after.name-apposition", q.Last().Rule);
    }

    /// <summary>"“….” Ada Quarles responded, “…”": a reply that introduces its own quotation is not the speaker of the one before.</summary>
    [Fact]
    public void AReplyThatIntroducesItsOwnQuotation_DoesNotSpeakForTheOneBefore()
    {
        var q = Run("Ivo Marsh spoke first about the budget. “We will not raise taxes this year.” Ada Quarles responded, “You said that "
            + "last year as well, and you did.”").Quotes;
        Assert.Equal(2, q.Count);
        Assert.NotEqual("Ada Quarles", q[0].Speaker);
        Assert.Equal("Ada Quarles", q[1].Speaker);
    }

    /// <summary>"He said his predecessor, Y, had dubbed X's role as “…”": the verb that characterises the quotation speaks for it.</summary>
    [Fact]
    public void TheVerbThatCharacterisesTheQuotation_SpeaksForIt_BeforeTheSentencesReportingVerb() =>
        Assert.Equal("Ada Quarles", Run("Ivo Marsh testified on Tuesday. He said his predecessor, Ada Quarles, had dubbed the envoy's role in "
            + "the talks as “the envoy problem.”").Quotes.Last().Speaker);

    /// <summary>"“…,” said a Tarnwell statement": the name set before the document is the document's issuer.</summary>
    [Theory]
    [InlineData("“The boards have concluded there is no prospect of trading on,” said a Tarnwell statement.")]
    [InlineData("“The boards have concluded there is no prospect of trading on,” a Tarnwell release said on Monday.")]
    public void ANameBeforeADocument_IsItsIssuer(string quote) =>
        Assert.Equal("Tarnwell Group Ltd", Run("Tarnwell Group Ltd entered administration on Friday.\n\n" + quote).Quotes.Last().Speaker);

    /// <summary>"He lashed out at X, who …, and said … “…”": a second predicate joined by "and" speaks for the sentence's pronoun subject.</summary>
    [Fact]
    public void ASecondPredicateAfterAnd_SpeaksForTheSentencesPronounSubject() =>
        Assert.Equal("Ivo Marsh", Run("Ivo Marsh said he wanted lower taxes. He lashed out at Ms. Ada Quarles, who he called “a hawk in fancy shoes,” "
            + "and said she left the ministry for a board seat at Tarn Motors “and is now very rich indeed.”").Quotes.Last().Speaker);

    /// <summary>"A statement on X's website said: “…”": the owner of the site a document is posted on is its issuer.</summary>
    [Theory]
    [InlineData("Ivo Marsh, who founded Tarvia Holdings, died on Friday. A statement on Tarvia Holdings' website said: "
        + "“We have lost a founder and a friend.”", "Tarvia Holdings")]
    [InlineData("Ada Quarles spoke at the Harlow Rail Authority on Monday. A notice on the authority's website, updated at noon, says: "
        + "“Trains will run every ten minutes from June.”", "Harlow Rail Authority")]
    public void ADocumentOnSomeonesWebsite_IsTheirs(string text, string speaker) =>
        Assert.Equal(speaker, Run(text).Quotes.Last().Speaker);

    /// <summary>"“…,” X reminded the room": reminding someone is reporting speech, and the quotation after it is X's too.</summary>
    [Fact]
    public void RemindingTheAudience_ReportsTheWords()
    {
        var quotes = Run("Ada Quarles opened the meeting. “The levy was voted down last spring,” Ivo Marsh reminded the council. "
            + "“We cannot ask the same families to pay for it twice.”").Quotes;
        Assert.All(quotes, q => Assert.Equal("Ivo Marsh", q.Speaker));
    }

    /// <summary>"X issued a statement saying that “…”": the statement's issuer speaks, as with "said in a statement".</summary>
    [Theory]
    [InlineData("Ada Quarles spoke first. Mina Okafor released a statement saying she would “stay on until the board finds a successor.”", "Mina Okafor")]
    [InlineData("Ada Quarles spoke first. Tarvia Holdings issued a statement saying the sale was “a sound step for our lenders.”", "Tarvia Holdings")]
    public void AStatementSaying_IsItsIssuersWords(string text, string speaker) =>
        Assert.Equal(speaker, Run(text).Quotes.Last().Speaker);

    /// <summary>
    /// After a quotation by one person, a sentence whose reporting verb has a subject that names someone else ("The Quorvin consortium
    /// said that “…”") does not carry that person on, even when the stage cannot resolve the subject; a role, a pronoun, the speaker's
    /// surname or the initials of the speaker's name do.
    /// </summary>
    [Theory]
    [InlineData("The Quorvin consortium said that", "")]
    [InlineData("Quorvin's chief later said that", "")]
    [InlineData("A bulletin of the Tarn Valley Trust states that", "Tarn Valley Trust")]
    [InlineData("The minister said that", "Harlow Rail Authority")]
    [InlineData("An HRA press release states that", "Harlow Rail Authority")]
    [InlineData("The Authority later said that", "Harlow Rail Authority")]
    public void ASubjectThatNamesSomeoneElse_DoesNotCarryTheSpeakerOn(string lead, string speaker)
    {
        var a = Run("The Harlow Rail Authority said “we cannot approve a timetable that leaves the town without trains for years.” "
            + lead + " “two more platforms would cost less than the bus service that replaces them.”");
        Assert.Equal(speaker, a.Quotes.Last().Speaker);
    }

    /// <summary>
    /// A descriptor that opens the sentence as its verb's whole subject ("The union also said that … “…”") is the organisation it
    /// describes, not the person quoted before; one whose words go on ("A spokesperson from the harbour authority commented") is not read so.
    /// </summary>
    [Theory]
    [InlineData("The union also said that its members were", "Harlow Bakers Union")]
    [InlineData("The union has repeatedly warned that its members were", "Harlow Bakers Union")]
    [InlineData("The company said that its members were", "Tarvia")]
    public void ADescriptorOpeningTheSentence_IsItsSubject(string lead, string speaker) =>
        Assert.Equal(speaker, UnionStory(lead).Quotes.Last().Speaker);

    [Fact]
    public void ADescriptorWhoseWordsGoOn_IsNotReadAsTheOrganisation() =>
        Assert.DoesNotContain(UnionStory("A spokesperson from the harbour authority commented that its members were").Quotes.Last().Speaker,
            new HashSet<string> { "Tarvia", "Harlow Bakers Union" });

    private static Article UnionStory(string lead) =>
        Run("The Harlow Bakers Union said on Monday that talks with Tarvia had failed. Ivo Marsh, Tarvia's chief executive, said the "
            + "offer was “the best the company can afford.”\n\n" + lead + " “ready to walk out before the ovens are lit on Friday.”");

    /// <summary>"said Harlow Health Agency Director-General Dr. Mina Okafor": the organisation and the title-case role lead to the person.</summary>
    [Theory]
    [InlineData("“Tobacco firms need new smokers to replace those who quit,” said Harlow Health Agency Director-General Dr. Mina Okafor.", "Mina Okafor")]
    [InlineData("“Laissez-faire is over and done with,” declared Tarvian President Ada Quarles. Harlow Bank Chairman Ivo Marsh agreed.", "Ada Quarles")]
    [InlineData("Tarnwell Inc. sold more. “We expect a strong year,” said Tarnwell Inc. President and Chief Executive Ivo Marsh.", "Ivo Marsh")]
    [InlineData("Ada Quarles spoke first. “We will keep rates low,” said Secretary of State Mina Okafor.", "Mina Okafor")]
    [InlineData("Ada Quarles spoke first. “Our shops will open late,” said 4-Harlow Inc. President and Chief Executive Ivo Marsh.", "Ivo Marsh")]
    public void AfterTheVerb_ATitleCaseRoleAndATitle_LeadToThePersonNamedAfterThem(string text, string speaker) =>
        Assert.Equal(speaker, Run(text).Quotes[0].Speaker);

    /// <summary>"said the vice president and chairman of Quorvin LLC Tomas Ilvers": a role, its organisation, then its holder with no comma.</summary>
    [Theory]
    [InlineData("Ada Quarles spoke first. “Prices rose sharply,” said the vice president and chairman of Quorvin LLC Tomas Ilvers.", "Tomas Ilvers")]
    [InlineData("Ada Quarles spoke first. “Prices rose sharply,” said the chairman of the Harlow Rail Union Tomas Ilvers.", "Tomas Ilvers")]
    public void AfterTheVerb_ARoleItsOrganisationAndAHolderWithoutAComma_IsTheHolder(string text, string speaker) =>
        Assert.Equal(speaker, Run(text).Quotes[0].Speaker);

    /// <summary>
    /// A sentence with no reporting verb that hands a quoted sentence over with a comma ("X calmed the crowd, “Every step …”") is its
    /// subject's, as with a colon; a title after a comma is no one's quotation.
    /// </summary>
    [Theory]
    [InlineData("Ivo Marsh, a spokesman for the prosecutors, calmed the crowd, “Every step of the search was watched by the police.”",
        "Ivo Marsh")]
    [InlineData("Ivo Marsh also praised the new harbour ferry, “It is the best thing the town has built in years.”", "Ivo Marsh")]
    public void ACommaBeforeAQuotedSentence_HandsItToTheSubject(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("The arrest was made on Friday.\n\n" + text));

    [Theory]
    [InlineData("Mina Okafor's poem is in an anthology, “Together In a Quiet Harbour Town,” out in May.")]
    [InlineData("Mina Okafor and the special she hosted, “Tarn Together: A Night for Harlow Harbour.”")]
    public void ATitleAfterAComma_IsNoQuotation(string text) =>
        Assert.DoesNotContain(Run("The arrest was made on Friday.\n\n" + text).Quotes, q => q.Speaker.Length > 0);

    /// <summary>A title and its subtitle, every word capitalised, is no one's words though the American style keeps its full stop inside.</summary>
    [Fact]
    public void ATitleAndSubtitleWithItsFullStop_IsNoQuotation() =>
        Assert.Empty(Run("The hearing was called “Harbour Fees: Unfair Charges on Tarn Ferries.” It ran for two hours.").Quotes);

    /// <summary>"Writing in The Harlow Mirror Mina said: “…”": the person the words end with, after a title's name, speaks, not the title.</summary>
    [Fact]
    public void APersonAfterATitlesName_BeforeTheVerb_Speaks() =>
        Assert.Equal("Mina Okafor", Run("Mina Okafor has kept singing.\n\nWriting in The Harlow Mirror Mina said: “My voice is stronger than it was a year ago.”")
            .Quotes.Single().Speaker);

    /// <summary>"the Tarvia boss said": "boss" is the chief executive's office, and the company's name before it may have two words.</summary>
    [Theory]
    [InlineData("“Growth will return, but not this year,” the Tarvia boss said.")]
    [InlineData("“Growth will return, but not this year,” the Tarvia Motors boss said.")]
    [InlineData("“Growth will return, but not this year,” said the Tarvia boss.")]
    public void TheBoss_IsThePersonNamedAsChiefExecutive(string quote) =>
        Assert.Equal("Ada Quarles", Run("Tarvia Motors will cut jobs. Ada Quarles, the company's chief executive, met the union. The European Commission "
            + "declined to comment. " + quote).Quotes[^1].Speaker);

    /// <summary>"stated the FDIC", "said the Federal Reserve": a body named with its article after the verb speaks, by the name the article writes.</summary>
    [Theory]
    [InlineData("Regulators closed Tarvia Bank. “The deposits are safe,” stated the FDIC.", "FDIC")]
    [InlineData("Ada Quarles spoke first. “The loans are sound,” said the Federal Reserve.", "Federal Reserve")]
    [InlineData("“Spending is too high,” said the House Minority Leader, Tomas Ilvers.", "Tomas Ilvers")]
    public void AfterTheVerb_ABodyWithItsArticle_Speaks(string text, string speaker) =>
        Assert.Equal(speaker, Run(text).Quotes[0].Speaker);

    /// <summary>"“…,” said Ukrainian prime minister.": a nationality or a party before a role names no one, and the next quotation is no one's.</summary>
    [Fact]
    public void ANationalityBeforeAnUnnamedRole_IsNoOne()
    {
        var quotes = Run("Ada Quarles spoke first. “The moment has come,” said Ukrainian prime minister. “We will ask for the loan.”").Quotes;
        Assert.All(quotes, q => Assert.Equal("", q.Speaker));
        Assert.Equal("quotes.unnamed-speaker", quotes[0].Rule);
    }

    [Theory]
    [InlineData("The review was dropped on Monday. On Twitter, Labour stated the \"decision is a surrender to the banks.\"", "Labour")]
    [InlineData("Tarnwell Motors Corp. cut its forecast. Japanese carmaker Tarnwell said it would \"halve output at two plants.\"", "Tarnwell Motors Corp.")]
    public void APartyBeforeItsVerb_OrANationalitysFirm_Speaks(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>"Sue Okafor, the owner and trainer of Rex commented saying, “…”": a person ending another's unclosed apposition is its object.</summary>
    [Theory]
    [InlineData("Sue Okafor, the owner and trainer of Rex commented saying, \"She made so many people happy.\"", "Sue Okafor")]
    [InlineData("Ivo Marsh, the eldest son of Tomas Ilvers said: \"My father built this firm.\"", "Ivo Marsh")]
    public void APersonEndingAnothersUnclosedApposition_IsItsObject(string text, string speaker) =>
        Assert.Equal(speaker, Run("The dog Rex died on Tuesday. Rex was 15. Tomas Ilvers died in May. " + text).Quotes[^1].Speaker);

    /// <summary>"X's source said that …": the person written with a possessive owns the subject and does not speak.</summary>
    [Theory]
    [InlineData("The camp was quiet. Reporter Ada Quarles's source inside the camp, who asked not to be named, said the claim was “absolutely not true.”")]
    [InlineData("The camp was quiet. Ada Quarles’s lawyer told the court that the claim was “absolutely not true.”")]
    public void APossessivePerson_OwnsTheSubject_AndDoesNotSpeak(string text) =>
        Assert.NotEqual("Ada Quarles", OnlySpeaker(text));

    /// <summary>"Scientists behind a trial published in the journal X argued …": the journal is where the study appeared, not who speaks.</summary>
    [Theory]
    [InlineData("Scientists behind the trial published in the journal JAMA Pediatrics argued that the new drug was “well tolerated.”")]
    [InlineData("Researchers whose paper appeared in The Lancet warned that the rules were “far too weak.”")]
    public void AJournalWhereAStudyAppeared_IsNotTheSpeaker(string text) =>
        Assert.Equal(("", "quotes.unnamed-speaker"), Assert.Single(Run(text).Quotes) is var q ? (q.Speaker, q.Rule) : default);

    /// <summary>"A father whose son studies at Tarn Academy said …": the school only says who the unnamed father is.</summary>
    [Theory]
    [InlineData("A father whose son is a pupil at Tarn Academy, recalling what the boy had told him, said older pupils were acting “strangely”.")]
    [InlineData("One teacher who works at Tarn Academy said the pictures were “deeply upsetting” for the whole school.")]
    public void ASpeakerDescribedByARelativeClause_IsUnnamed_NotTheOrganisationInsideIt(string text) =>
        Assert.Equal(("", "quotes.unnamed-speaker"), Assert.Single(Run(text).Quotes) is var q ? (q.Speaker, q.Rule) : default);

    [Theory]
    [InlineData("The Tarvian Farmers Party’s treasurer said after the vote that the cuts would be “painful and overdue”.", "")]
    [InlineData("The Tarvian Farmers Party’s spokeswoman said after the vote that the cuts would be “painful and overdue”.",
        "Tarvian Farmers Party")]
    [InlineData("The Tarvian Farmers Party said after the vote that the cuts would be “painful and overdue”.", "Tarvian Farmers Party")]
    public void OneOfAnOrganisationsPeople_UnnamedBeforeTheVerb_SpeaksForThemself_ButItsSpokespersonForIt(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    [Fact]
    public void ASpeakerTheClauseOnlyDescribes_IsNoOne_AndEndsTheRunOfTheSpeakerBefore()
    {
        var quotes = Run("Jana Roe runs the cafe. \"We love it here,\" she said.\n\n\"The coffee is awful,\" wrote one user.\n\n"
            + "\"I will not go back there.\"").Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Jana Roe", quotes[0].Speaker);
        Assert.Equal(("", "quotes.unnamed-speaker", "wrote"), (quotes[1].Speaker, quotes[1].Rule, quotes[1].Cue));
        var source = Assert.Single(Run("Oil flowed. \"The deal is done,\" a Zimbabwean government source stated.").Quotes);
        Assert.Equal(("", "quotes.unnamed-speaker"), (source.Speaker, source.Rule));
        Assert.Equal("", quotes[2].Speaker);
    }

    [Theory]
    [InlineData("\"The board has not decided,\" a person close to the company, speaking on condition of anonymity, told reporters.")]
    [InlineData("\"The board has not decided,\" one banker involved in the talks said.")]
    [InlineData("\"The board has not decided,\" a second person, who asked not to be identified because the talks are private, said.")]
    [InlineData("\"The board has not decided,\" an adviser with knowledge of the matter told reporters.")]
    public void ASpeakerDescribedWithWhatTheyKnowOrWhyTheyAreUnnamed_IsNoOne_NotTheCompanyTheDescriptionMentions(string text)
    {
        var quotes = Run("Tarn Ltd is weighing a sale of its shipping arm, Jana Roe said on Monday. \"Talks began in May,\" Roe said.\n\n" + text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Jana Roe", quotes[0].Speaker);
        Assert.Equal(("", "quotes.unnamed-speaker"), (quotes[1].Speaker, quotes[1].Rule));
    }

    /// <summary>"At the press conference, a reporter asked Vale: “…?”": an unnamed subject after an opening phrase speaks unnamed, and the
    /// answer that follows ("“…,” she replied") is the one asked.</summary>
    [Fact]
    public void AQuestionFromAnUnnamedReporter_AfterAnOpeningPhrase_IsNoOnes_AndTheAnswerIsTheOneAsked()
    {
        var quotes = Run("Governor Tom Alder named Rita Vale to the court on Monday. “She is the best person for the job,” Alder said.\n\n"
            + "At the press conference, a reporter asked Vale, “What is the biggest problem in the courts right now?”\n\n"
            + "“Getting people to see that we all bring biases to our decisions,” she replied.").Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.Equal(("", "quotes.unnamed-speaker"), (quotes[1].Speaker, quotes[1].Rule));
        Assert.Equal("Rita Vale", quotes[2].Speaker);
    }

    [Fact]
    public void AQuotationRunningOnOverParagraphs_IsTheSpeakersNamedAfterItsLastParagraph()
    {
        var quotes = Run("Tarn Ltd cut its forecast. \"It is early days,\" said Omar Reyes.\n\n"
            + "\"We have heard this before. The last plan was dropped within a year.\n\n"
            + "\"Investors will want proof this time,\" said Priya Nair, a fund manager at Kessel Capital.").Quotes;
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Omar Reyes", quotes[0].Speaker);
        Assert.Equal(("Priya Nair", "quotes.run-on.speaker-after"), (quotes[1].Speaker, quotes[1].Rule));
        Assert.Equal("Priya Nair", quotes[2].Speaker);
    }

    [Fact]
    public void AQuotationRunningOnFromAParagraphThatNamesItsSpeaker_KeepsThatSpeaker()
    {
        var quotes = Run("Tarn Ltd cut its forecast. Omar Reyes said: \"We have heard this before. The last plan was dropped.\n\n"
            + "\"Investors will want proof this time.\"").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Omar Reyes", q.Speaker));
    }

    [Theory]
    [InlineData("Chief Executive Laura Benitez said costs would fall.", "\"We will grow the fleet,\" the CEO said.", "Laura Benitez")]
    [InlineData("CFO Laura Benitez said costs would fall.", "\"We will grow the fleet,\" the chief financial officer said.", "Laura Benitez")]
    [InlineData("Tarn Ltd's chief economist, Omar Reyes, expects two cuts.", "\"Inflation is falling,\" the economist said.", "Omar Reyes")]
    [InlineData("Omar Reyes, the bank's chairwoman, spoke first.", "\"Inflation is falling,\" the chair said.", "Omar Reyes")]
    [InlineData("Chief Executive Laura Benitez said costs would fall.", "\"We are not done,\" the company's chief executive told staff.", "Laura Benitez")]
    [InlineData("Chief Executive Laura Benitez said costs would fall.", "\"We are not done,\" Tarn's CEO added.", "Laura Benitez")]
    [InlineData("Laura Benitez, the town's mayor, urged the utility to act.", "\"We are not done,\" the town mayor pointed out.", "Laura Benitez")]
    [InlineData("Omar Reyes, the bank's chairman, spoke first.", "\"Inflation is falling,\" the longtime chairman said.", "Omar Reyes")]
    public void ARoleWrittenAnotherWay_GoesToThePersonNamedWithIt(string before, string quote, string speaker)
    {
        var quotes = Run("Tarn Ltd cut its forecast. " + before + " \"Demand is weak,\" said Jana Roe, a trader.\n\n" + quote).Quotes;
        Assert.Equal(speaker, quotes[^1].Speaker);
    }

    [Fact]
    public void AnOfficeNoOneWasNamedWith_IsThePersonTheTextIsAbout_UnlessTheirOfficeIsAnother()
    {
        var about = Run("Stephen Marr spoke in Leeds. \"We will cut taxes,\" Marr said. \"Growth comes first,\" the prime minister added.").Quotes;
        Assert.Equal(("Stephen Marr", "quotes.after.speaker-verb.role-antecedent"), (about[^1].Speaker, about[^1].Rule));
        var other = Run("Tarn Ltd cut its forecast, Chief Executive Laura Benitez said. \"Demand is weak,\" Benitez said.\n\n"
            + "\"Inflation is falling,\" the economist said.").Quotes;
        Assert.Equal(("", "quotes.after.speaker-verb.role-unresolved"), (other[^1].Speaker, other[^1].Rule));
    }

    [Theory]
    [InlineData("\"We see value in our shares,\" the Harbour Courier quoted Finance Director Olga Petrova as saying on Friday.")]
    [InlineData("The Harbour Courier quoted Olga Petrova, the finance director, as saying: \"We see value in our shares.\"")]
    [InlineData("In May, Olga Petrova, who has run the unit for a decade, was quoted in the Harbour Courier as saying: \"We see value in our shares.\"")]
    public void ThePersonASourceQuotedAsSaying_IsTheSpeaker(string text)
    {
        var quotes = Run("Tarn Ltd shares jumped after the carmaker said it would buy back stock.\n\n" + text).Quotes;
        Assert.Equal(("Olga Petrova", "quotes.quoted-as-saying"), (Assert.Single(quotes).Speaker, quotes[0].Rule));
    }

    [Fact]
    public void ASpokespersonForTheCompany_StillSpeaksForIt()
    {
        var q = Assert.Single(Run("Tarn Ltd cut 300 jobs. \"Nothing has changed,\" a spokeswoman for the company said.").Quotes);
        Assert.Equal("Tarn Ltd", q.Speaker);
    }

    [Theory]
    [InlineData("Another unidentified miner asks the rescuers, \"get us out of here soon, please.\"")]
    [InlineData("Analysts were split. One fellow trader said \"the market has priced in the cut already\".")]
    [InlineData("Vell hired an aide. An unnamed Vell campaign staffer said the aide is \"calm and focused on the task at hand.\"")]
    public void ASubjectThatOnlyDescribesItsSpeaker_IsNoOne(string text)
    {
        var q = Assert.Single(Run("Mara Vell, a miner, spoke first. \"We have everything organised here,\" Vell said. " + text).Quotes, x => x.Start > 80);
        Assert.Equal(("", "quotes.unnamed-speaker"), (q.Speaker, q.Rule));
    }

    [Fact]
    public void WhomAClauseSpeaksTo_IsNotItsSpeaker()
    {
        var q = Assert.Single(Run("Officials told Reuters that it would take time, adding a warning: \"Do not expect charges next week.\"").Quotes);
        Assert.NotEqual("Reuters", q.Speaker);
    }

    [Fact]
    public void ADayBeforeAnAppositionAndItsHolder_IsNotTheSpeaker()
    {
        var q = Assert.Single(Run("In a letter to the board in May, Zora Lind, the chair of the Grain Council, said farmers faced \"unprecedented hardship\" "
            + "this year.").Quotes);
        Assert.Equal("Zora Lind", q.Speaker);
    }

    [Fact]
    public void AQuotedSentenceItsOwnClauseIntroduces_IsNotTheNextSentencesSpeakers()
    {
        var q = Assert.Single(Run("Sales fell. The finance chief, Ida Maren, said: \"The second half will be better.\" Analyst Tom Reyes said the "
            + "outlook was weak.").Quotes);
        Assert.Equal("Ida Maren", q.Speaker);
    }

    [Fact]
    public void AVerbWithThatAfterAQuotedSentence_ReportsTheNextSentence_UnlessTheQuotationHandsOverWithAComma()
    {
        var quotes = Run("Sales fell at Tarn Ltd. \"It was a hard year for everyone here.\" Analyst Tom Reyes said that the outlook was weak.\n\n"
            + "\"We will recover,\" Ida Maren said that evening.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.NotEqual("Tom Reyes", quotes[0].Speaker);
        Assert.Equal("Ida Maren", quotes[1].Speaker);
        var told = Run("Sales fell at Tarn Ltd. \"It was a hard year for everyone here.\" Analyst Tom Reyes told the Harbour Courier that the outlook "
            + "was weak.\n\n\"We will recover.\" Ida Maren told reporters that evening.").Quotes;
        Assert.NotEqual("Tom Reyes", told[0].Speaker);
        Assert.Equal("Ida Maren", told[1].Speaker);
    }

    [Fact]
    public void ADayOrMonthBeforeTheVerb_IsNoSpeaker() =>
        Assert.DoesNotContain(Run("A second post, dated Thursday stated, \"This is a privacy nightmare for everyone.\"").Quotes,
            q => q.Speaker == "Thursday");

    [Fact]
    public void AShortQuotationHandedToAReportingClause_IsAQuote_EvenWhenTheRoleNamesNoOne()
    {
        var q = Assert.Single(Run("The central bank held rates. \u201cWe stay vigilant,\u201d the governor said.").Quotes);
        Assert.Equal("", q.Speaker);
        Assert.Empty(Run("Bankers said inflation would get \u201cclose attention.\u201d The governor said so twice.").Quotes);
    }

    [Theory]
    [InlineData("The mayor, Rita Olsen, was blunt: \u201cNo more delays.\u201d", "Rita Olsen")]
    [InlineData("Its chief executive, Rafa Munro, put it simply: \u201cWe are done.\u201d", "Rafa Munro")]
    public void AColonIntroductionWhoseSubjectIsARoleAndItsHolder_GivesTheHolder(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    [Fact]
    public void ItsRole_IsThePersonNamedBeforeWithThatRole() =>
        Assert.Equal("Amara Nwosu", OnlySpeaker(
            "Central bank governor Amara Nwosu spoke on Monday. \u201cWe stay vigilant,\u201d its governor said."));

    [Fact]
    public void AVerbBeforeProfessionalsAtAnOrganisation_GivesThatOrganisation() =>
        Assert.Equal("Brisa Capital", OnlySpeaker("Yields rose. \"The curve will steepen,\" wrote strategists at Brisa Capital in a note."));

    [Fact]
    public void ASentenceThatIntroducesAQuotationWithAColon_GivesItsSubject_WhenItNamesNoOneElse()
    {
        var a = Run("Rates were held. Amara Nwosu, the central bank's governor, struck a cautious tone: \"Inflation is not yet beaten.\"");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Amara Nwosu", q.Speaker);
        Assert.Equal("quotes.sentence.colon-subject", q.Rule);
        var b = Run("Rates were held. Amara Nwosu met Tobias Brandt in Lagos and both struck a cautious tone: \"Inflation is not yet beaten.\"");
        Assert.DoesNotContain(b.Quotes, x => x.Rule == "quotes.sentence.colon-subject");
    }

    /// <summary>The headline form with a body's name alone before the colon quotes the body; with more words before the name it does not.</summary>
    [Fact]
    public void ABodysNameAloneBeforeAColon_QuotesTheBody()
    {
        var a = Run("Pay talks at the Harlow depot broke down on Monday.\n\nTarvel Workers Union: \u201cWages must rise by five percent this year.\u201d");
        var q = Assert.Single(a.Quotes);
        Assert.Equal(("Tarvel Workers Union", "quotes.sentence.colon-subject"), (q.Speaker, q.Rule));
        var b = Run("Pay talks at the Harlow depot broke down on Monday.\n\nA letter to the Tarvel Workers Union: \u201cWages must rise by five percent this year.\u201d");
        Assert.DoesNotContain(b.Quotes, x => x.Speaker == "Tarvel Workers Union");
    }

    /// <summary>A relative clause that runs on to the colon introduces the words of the someone it is about, whom the article does not
    /// name: not the person the sentence opens with, and no speaker before is carried over to them.</summary>
    [Fact]
    public void AColonAfterARelativeClausesVerb_IntroducesAnUnnamedSpeaker()
    {
        var a = Run("Lena Quarles leitet den Hof seit Jahren. \u201EWir bleiben hier\u201C, sagt Quarles. "
            + "Quarles erzählt von einem Nachbarn, der ihr einmal sagte: \u201EOhne Regen geht hier nichts.\u201C");
        var q = a.Quotes.Single(x => a.Body[x.Start..x.End].StartsWith("Ohne Regen"));
        Assert.Equal(("", "quotes.unnamed-speaker"), (q.Speaker, q.Rule));
        var b = Run("Lena Quarles, die den Hof seit Jahren leitet, erzählt: \u201EOhne Regen geht hier nichts.\u201C");
        Assert.Equal("Lena Quarles", Assert.Single(b.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Former finance minister Amara Nwosu")]
    [InlineData("Acting chief executive Amara Nwosu")]
    [InlineData("Interim governor Amara Nwosu")]
    public void ARoleWithItsModifierBeforeTheSubject_StillMakesTheNameTheSubject(string subject)
    {
        var q = Assert.Single(Run($"Rates were held. {subject} struck a cautious tone: \"Inflation is not yet beaten.\"").Quotes);
        Assert.Equal("Amara Nwosu", q.Speaker);
    }

    [Theory]
    [InlineData("Jo Pell, an analyst at Brisa Capital, expects more cuts.")]
    [InlineData("Brisa Capital analyst Jo Pell expects more cuts.")]
    [InlineData("Economists with Brisa Capital expect more cuts.")]
    public void TheCompany_IsNotTheFirmWhereAQuotedAnalystWorks(string analyst)
    {
        var a = Run($"Tandora Shipping reported a loss. {analyst} \"We will look at every option,\" the company said.");
        Assert.Equal("Tandora Shipping", Assert.Single(a.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Velora Motors", "the carmaker")]
    [InlineData("Kestrel Mining", "the miner")]
    [InlineData("Orchid Therapeutics", "the drugmaker")]
    [InlineData("Harbour Freight Lines", "the shipper")]
    public void AnIndustryDescriptor_GivesTheOrganisationWhoseNameIsOfThatIndustry(string company, string descriptor)
    {
        var a = Run($"{company} cut its outlook. Tom Beck, a fund manager at Ardent Partners, was unsurprised. "
            + $"\"Prices will keep rising,\" {descriptor} said in a filing.");
        Assert.Equal(company, Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void TheCompany_IsTheFirmWhereItsOwnExecutivesWork()
    {
        var a = Run("Tandora Shipping reported a loss. Brisa Capital executives met investors. \"We will look at every option,\" the company said.");
        Assert.Equal("Brisa Capital", Assert.Single(a.Quotes).Speaker);
    }

    [Fact]
    public void ASentenceWhoseSubjectIsAPersonAfterTheirFirmsPossessive_GivesTheNextQuotationItsSpeaker()
    {
        var a = Run("Kessel Bank raised rates. \"We will do what it takes,\" Governor Ana Lupe said.\n\n"
            + "Tarn Capital's Priya Nair struck a different tone. \"Growth is slowing fast.\"");
        Assert.Equal(("Priya Nair", "quotes.previous-sentence.subject"), (a.Quotes[^1].Speaker, a.Quotes[^1].Rule));
        var b = Run("Kessel Bank raised rates. \"We will do what it takes,\" Governor Ana Lupe said.\n\n"
            + "Ana Lupe's deputy struck a different tone. \"Growth is slowing fast.\"");
        Assert.NotEqual("quotes.previous-sentence.subject", b.Quotes[^1].Rule); // a person's possessive names whose deputy speaks
    }

    /// <summary>"The hard part, as she wrote in her diary, was that “…”", "As he put it in 2019, “…”": a clause of "as" whose subject is
    /// "he" or "she" reports the person the pronoun points back to.</summary>
    [Theory]
    [InlineData("The hardest part, as she wrote in her diary, was that “nobody would fund the harbour plan.”")]
    [InlineData("As she put it in 2019, “nobody would fund the harbour plan.”")]
    public void AnAsClauseWithAPronoun_ReportsThePersonItPointsBackTo(string text) =>
        Assert.Equal("Ana Roe", Run("Ana Roe led the party for a decade. " + text).Quotes.Single().Speaker);

    /// <summary>A pull quote set apart before the story reaches it is the words of whoever the story's copy names.</summary>
    [Fact]
    public void APullQuote_IsTheWordsOfWhomeverItsCopyInTheStoryNames()
    {
        var a = Run("Tarn lost its appeal on Monday. “The court has read the law as it stands,” said Ivo Brenner, a lawyer for Tarn.\n\n"
            + "“Every seller will feel the weight of this ruling.”\n\nThe ruling surprised many. Lena Quarles’s lawyer, Ana Marsh, spoke after "
            + "the hearing. “Every seller will feel the weight of this ruling. It changes the market.”");
        Assert.Equal(("Ana Marsh", "quotes.repeated"), (a.Quotes[1].Speaker, a.Quotes[1].Rule));
    }

    /// <summary>A person joined by "for" or "of" to words the entity stage left untyped speaks; the words are where the person works.</summary>
    [Theory]
    [InlineData("“Orders will pick up by spring,” chief analyst Ivo Brenner for Quellmark Research said.")]
    [InlineData("Ivo Brenner of Quellmark Labs told a newspaper, “Orders will pick up by spring.”")]
    public void APersonJoinedToUntypedWords_IsTheSpeaker(string text) => Assert.Equal("Ivo Brenner", Run(text).Quotes[^1].Speaker);

    /// <summary>"“…?” According to Roe, …": a sentence that opens with "According to" after a quotation that ended its own is no report of it.</summary>
    [Fact]
    public void AccordingToOpeningTheNextSentence_DoesNotAttributeTheQuotationBefore()
    {
        var a = Run("“The boat was sound when I sold it,” Ivo Brenner told a reporter. “Is that so hard to believe?” According to Ana Marsh, "
            + "two other buyers also responded to the advert.");
        Assert.Equal("Ivo Brenner", a.Quotes[^1].Speaker);
    }

    /// <summary>
    /// "He argued that …. “…”": a sentence that reports through "he" or "she" as its subject gives the quotation that opens the next
    /// sentence to the person the pronoun points back to, where no quotation came before it in the paragraph.
    /// </summary>
    [Fact]
    public void ASentenceReportingThroughAPronoun_GivesTheNextQuotationItsSpeaker()
    {
        var a = Run("Ivo Brenner, who chairs the Quellmark group, spoke at the harbour on Friday. He argued that the new berths would pay "
            + "for themselves. “Ships wait three days to unload today. Every hour costs the port.”");
        Assert.Equal(("Ivo Brenner", "quotes.previous-sentence.subject"), (a.Quotes[^1].Speaker, a.Quotes[^1].Rule));
    }

    /// <summary>"Roe's lawyer, Ana Marsh, was blunter. “…”": the person a relation or an office after a possessive introduces is the subject,
    /// and the possessor is no other speaker that could block it.</summary>
    [Theory]
    [InlineData("Lena Quarles’s lawyer, Ana Marsh, gave her own view outside the court. “We expect an appeal within the month.”")]
    [InlineData("Lena Quarles's lawyer Ana Marsh was blunter. “We expect an appeal within the month.”")]
    public void ASentenceWhoseSubjectAPersonsPossessiveIntroduces_GivesTheNextQuotationItsSpeaker(string text)
    {
        var a = Run("Lena Quarles sued Tarn. “Tarn has dodged such claims for years,” noted lawyer Ivo Brenner. “Few judges disagree.”\n\n" + text);
        Assert.Equal(("Ana Marsh", "quotes.previous-sentence.subject"), (a.Quotes[^1].Speaker, a.Quotes[^1].Rule));
    }

    [Fact]
    public void ASentenceWhoseSubjectIsAPersonInRoleApposition_GivesTheNextQuotationItsSpeaker()
    {
        var a = Run("Amara Nwosu met the cabinet on Monday. \"We will not back down,\" Nwosu told ministers. "
            + "The economy minister, Tobias Brandt, was more cautious. \"Growth will be weak this year.\"");
        Assert.Equal("Tobias Brandt", a.Quotes[^1].Speaker);
        Assert.Equal("quotes.previous-sentence.subject", a.Quotes[^1].Rule);
    }

    /// <summary>A number word that opens a clause counts its speakers ("Two unions called it …"); it is no speaker's name.</summary>
    [Theory]
    [InlineData("Pay talks stalled. Two unions called the offer \"a slap in the face for every member\" on Monday.")]
    [InlineData("Pay talks stalled. Twenty said the offer was \"a slap in the face for every member\" on Monday.")]
    public void ANumberWord_IsNoSpeaker(string text) =>
        Assert.DoesNotContain(Run(text).Quotes, q => q.Speaker is "Two" or "Twenty");

    /// <summary>
    /// A reporting clause after a quotation whose verb ends in a colon before another quotation ("…” Ada Quarles said: “…") introduces
    /// that next quotation; the first keeps its own speaker, carried or unnamed.
    /// </summary>
    [Fact]
    public void AClauseWhoseVerbEndsInAColonBeforeAQuotation_IntroducesTheNextOne()
    {
        var a = Run("Rates held. \"We will watch the data closely,\" said Ivo Marsh, the bank's governor. \"Nothing is decided yet.\" "
            + "Ada Quarles said: \"We expect no change this year.\"");
        Assert.Equal(new[] { "Ivo Marsh", "Ivo Marsh", "Ada Quarles" }, a.Quotes.Select(q => q.Speaker));
        var b = Run("Pay talks stalled. Several unions called the offer \"an insult\", and Ada Quarles, a shop steward, said: "
            + "\"We will vote on it next week.\"");
        Assert.Equal(new[] { "", "Ada Quarles" }, b.Quotes.Select(q => q.Speaker));
    }

    /// <summary>
    /// A subject whose aside names someone else ("a lawyer for Charles Harrowby", "who runs the chain with Sandra Kessmoor"), after a
    /// quotation another person spoke, gives the next quotation its speaker: the name in the aside only says who the subject is. A list
    /// of people names no one subject.
    /// </summary>
    [Theory]
    [InlineData("Ivo Marsh, a lawyer for Charles Harrowby, argued the sale was unfair. \"Nobody asked the tenants first.\"", "Ivo Marsh")]
    [InlineData("Tomas Ilvers - who runs the bakery chain with Sandra Kessmoor - told staff the plan would fail. "
        + "\"The numbers simply do not add up.\"", "Tomas Ilvers")]
    [InlineData("Ivo Marsh (a partner of Charles Harrowby) argued the sale was unfair. \"Nobody asked the tenants first.\"", "Ivo Marsh")]
    public void ASubjectWithAnAsideNamingSomeoneElse_GivesTheNextQuotationItsSpeaker(string sentence, string speaker)
    {
        const string Lead = "Harlow Foods shares slid. \"We will appeal,\" said Mina Okafor, its chief executive. ";
        var a = Run(Lead + sentence);
        Assert.Equal((speaker, "quotes.previous-sentence.subject"), (a.Quotes[^1].Speaker, a.Quotes[^1].Rule));
        var list = Run(Lead + "Ivo Marsh, Charles Harrowby and Sandra Kessmoor met the tenants. \"Nobody asked us first.\"");
        Assert.NotEqual("quotes.previous-sentence.subject", list.Quotes[^1].Rule);
    }

    /// <summary>An organisation's name and a role in capitals before a person ("Harlow Bank CEO X", "Tarvel Labour MP X") open a
    /// sentence whose subject is that person, who then speaks the quotation after it.</summary>
    [Theory]
    [InlineData("Harlow Bank CEO Peter Tarnby said sales fell. \"We had a hard year.\"")]
    [InlineData("Tarvel Labour MP Peter Tarnby said the inquiry was narrow. \"The terms were set to fail.\"")]
    public void AnOrganisationAndARoleInCapitals_BeforeTheSubject_GiveTheNextQuotationItsSpeaker(string text)
    {
        var q = Run(text).Quotes.Single();
        Assert.Equal(("Peter Tarnby", "quotes.previous-sentence.subject"), (q.Speaker, q.Rule));
    }

    /// <summary>"Looking ahead to the vote, Roe also offered this view.": a subject after an opening phrase, in a sentence that tells of a view
    /// being given, gives the quotation that opens the next paragraph its speaker; so does "he" of a reporting clause between commas in a
    /// sentence that names no one ("Any small clinic, he said, would need them.").</summary>
    [Theory]
    [InlineData("Looking ahead to the vote, Ivo Marsh also offered this view on the race.\n\n“I think the turnout will be the lowest in years.”")]
    [InlineData("In a statement, Ivo Marsh said the union is called every day by workers who lost jobs. “Not a day goes by without a call for help.”")]
    [InlineData("In the bar of a Harbour City hotel, Ivo Marsh spells out why he chose the title. “I like the word because it hides in plain sight.”")]
    [InlineData("Supplies are short, said Dr. Ivo Marsh, who runs the clinic. Any small clinic, he said, would need them daily.\n\n"
        + "“It is not enough for one day in a clinic.”")]
    public void ASubjectAfterAnOpeningPhrase_GivesTheNextQuotationItsSpeaker(string text)
    {
        var a = Run("The union met on Friday.\n\n" + text);
        Assert.Equal(("Ivo Marsh", "quotes.previous-sentence.subject"), (a.Quotes[^1].Speaker, a.Quotes[^1].Rule));
    }

    /// <summary>"The buses would not stop, Mr. Ocampo said. “…”": a sentence that ends by naming who said it gives the quotation after it in the
    /// paragraph, or opening the next one, its speaker, over the one before.</summary>
    [Theory]
    [InlineData("The buses would not stop for cars at rush hour, Mr. Ocampo said. “The service runs in the direction of the rush.”")]
    [InlineData("The buses would not stop for cars at rush hour, said Dr. Ocampo. “The service runs in the direction of the rush.”")]
    [InlineData("“We advise people to check the machine first.”\n\nUsing contactless payment was another good way to keep safe, Ocampo said.\n\n"
        + "“If you see anything odd on a machine, do not use it.”")]
    public void ASentenceThatEndsByNamingItsSource_GivesTheNextQuotationItsSpeaker(string text)
    {
        var a = Run("Tomas Ocampo runs the depot. “We are ready,” said Ilse Marr, the mayor.\n\n" + text);
        Assert.Equal(("Tomas Ocampo", "quotes.previous-sentence.subject"), (a.Quotes[^1].Speaker, a.Quotes[^1].Rule));
    }

    /// <summary>A possessive after a quotation owns what follows it and speaks no words: "… “every day” until the vote after Marrow’s early
    /// remarks" is not Marrow's quotation ("remarks" is a reporting verb too).</summary>
    [Theory]
    [InlineData("Ilse Varga said her party must repair ties with voters “every day” until the election after Marrow’s early remarks on the war.")]
    [InlineData("Ilse Varga said the firm was “shocked and dismayed” at Marrow's remarks, and called them unfair.")]
    public void APossessiveAfterTheQuotation_IsNotItsSpeaker(string text) =>
        Assert.Equal("Ilse Varga", OnlySpeaker("Tobin Marrow leads the party. " + text));

    /// <summary>"Marlow, he said, also “…”": the name the sentence opens with is who is talked about; "he", set between commas with the
    /// reporting verb, speaks, and points back to before the sentence.</summary>
    [Theory]
    [InlineData("Helen Orr, a campaign spokeswoman, said the vote was close. Marlow, she said, also “was the first to stand on a picket line.”", "Helen Orr")]
    [InlineData("Ivo Marsh runs the depot. The council, he said, had been “asleep at the wheel for years.”", "Ivo Marsh")]
    public void ANameTalkedAbout_BeforeAPronounThatReports_IsNotTheSpeaker(string text, string speaker) =>
        Assert.Equal(("quotes.sentence.parenthetical-pronoun", speaker), (Assert.Single(Run(text).Quotes).Rule, Run(text).Quotes[0].Speaker));

    [Fact]
    public void SplitQuotation_GivesTwoRows_WithOneSpeaker()
    {
        var a = Run("Chief executive Maria Okafor spoke after the results.\n\n“We are pleased,” Okafor said, “with the result.”");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("We are pleased,", a.Body[a.Quotes[0].Start..a.Quotes[0].End]);
        Assert.Equal("with the result.", a.Body[a.Quotes[1].Start..a.Quotes[1].End]);
        Assert.All(a.Quotes, q => Assert.Equal("Maria Okafor", q.Speaker));
        Assert.Equal("said", a.Quotes[0].Cue);
    }

    /// <summary>A verb of thanks or praise, its object, then a quotation going on in lower case: the subject's words.</summary>
    [Theory]
    [InlineData("Peter Tarnby thanked the negotiating teams \u201cwho have worked for weeks.\u201d", "Peter Tarnby")]
    [InlineData("Peter Tarnby commended the Harlow staff for their \u201cpatience and care.\u201d", "Peter Tarnby")]
    [InlineData("The new phone has been praised for \u201cmaking screens cheap\u201d by many.", "")]
    [InlineData("Sales rose, thanks to its \u201cquiet luxury\u201d look.", "")]
    public void AVerbOfThanksOrPraise_BeforeALowerCaseQuotation_GivesItsSubject(string text, string speaker) =>
        Assert.Equal(speaker, Run("The board met in Harlow on Monday.\n\n" + text).Quotes.Select(q => q.Speaker).DefaultIfEmpty("").Single());

    /// <summary>"the spokesperson" after a sentence whose latest organisation is a preposition's object speaks for its subject.</summary>
    [Fact]
    public void ASpokespersonAfterASentence_SpeaksForItsSubject_NotForAnObject()
    {
        var q = Run("Quellmark Corp. responded to the vote, pointing to a deal made with the Harlow Rail Union last year. "
            + "\"There are no staff cuts,\" the spokesperson said.").Quotes.Single();
        Assert.Equal("Quellmark Corp.", q.Speaker);
    }

    /// <summary>A heading parts the sections of a page: "he" after one does not point back to a person of the section before.</summary>
    [Fact]
    public void APronounAfterAHeading_DoesNotPointBackToTheSectionBefore()
    {
        const string Page = "<html><head><title>Young innovators win awards</title></head><body><article><h1>Young innovators win awards</h1>"
            + "<p>Peter Tarnby of Harlow won the first prize this year for a clean water project in the hills. He said: \u201cThis is for "
            + "everyone in my village who helped.\u201d</p><h2>The Northern Winner</h2><p>Quorvi, from Tarvel, built a small solar kiln for "
            + "the potters of the coast. He said: \u201cThe award lets us build ten more kilns next year.\u201d</p></article></body></html>";
        var quotes = ShippedPipeline.RunPage(Page).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Peter Tarnby", quotes[0].Speaker);
        Assert.Equal("", quotes[1].Speaker);
    }

    /// <summary>A semicolon typed where the colon belongs still introduces the quotation after a reporting verb.</summary>
    [Fact]
    public void ASemicolonAfterAReportingVerb_IntroducesTheQuotation()
    {
        var a = Run("Peter Tarnby spoke in Harlow on Monday.\n\nSpeaking through an interpreter he added; \u201cThe momentum is building.\u201d");
        Assert.Equal(("Peter Tarnby", "added", "quotes.before.speaker-verb.pronoun"), (a.Quotes.Single().Speaker, a.Quotes.Single().Cue, a.Quotes.Single().Rule));
    }

    [Fact]
    public void Pronoun_PointsBackToThePersonNamedBefore_AndColonIntroductionsAreRead()
    {
        var a = Run("Daniel Whitmore, chief financial officer of Northwind Semiconductor, spoke on Monday. \"Demand is holding up better than we feared,\" he said.\n\nAnalyst Priya Raman said: \"The guidance looks conservative to me.\"");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("Daniel Whitmore", a.Quotes[0].Speaker);
        Assert.Equal("Priya Raman", a.Quotes[1].Speaker);
        Assert.NotEqual("", a.Quotes[0].SpeakerEntityId);
    }

    [Theory]
    [InlineData("The minister said the “provisional” council would meet again on Friday to settle the budget.", "modifier")]
    [InlineData("Analysts said a \"lean\" budget plan was now likely after the vote in parliament.", "modifier")]
    [InlineData("Research tells us that most thinking is unconscious, but when does that “a-ha!” moment come?", "modifier")]
    [InlineData("The chief executive said she disliked the term \"gig economy\" and would not use it.", "term")]
    [InlineData("Regulators said so-called \"zombie firms\" were still borrowing heavily this year.", "term")]
    [InlineData("The director said she would adapt \"The Silent Harbour\" for television next year.", "title")]
    [InlineData("The late surgeon wrote about such cases in his book “Tidewater.”", "title of a work")]
    [InlineData("Ines Varga announced the move on an episode of “Morning Ledger.”", "title of a work")]
    [InlineData("She bought the heater from a shop called “Warmly,” a brand of Tarn Goods. Ines Varga said it caught fire.", "term")]
    [InlineData("Ines Varga said that her latest film, “A Quiet Week in Harlow by the Sea,” never opened in Tarvia.", "title of a work")]
    [InlineData("Critics who said they would not review him again panned his next album: “The Long Road Home to Harlow Bay.”", "title of a work")]
    public void AShortQuotationThatModifiesANoun_OrIsATermBeingNamed_IsNoQuote(string text, string reason)
    {
        var a = Run(text);
        Assert.Empty(a.Quotes);
        Assert.Contains(a.RejectedQuotes, r => r.Reason.Contains(reason));
    }

    [Theory]
    [InlineData("Marta Quintero said the report was “deeply flawed” and left the room.", "deeply flawed")]
    [InlineData("Marta Quintero said the plan was \"unworkable.\"", "unworkable.")]
    [InlineData("Marta Quintero warned of \"a very difficult\" year for the lender.", "a very difficult")]
    [InlineData("“We had three buyers lined up by June,” Marta Quintero recounted.", "We had three buyers lined up by June,")]
    public void AShortQuotationOfSomeonesWords_IsStillAQuote(string text, string quoted)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal("Marta Quintero", q.Speaker);
        Assert.Equal(quoted, text[q.Start..q.End]);
    }

    [Fact]
    public void ASpeakerNamedByTheirRole_IsThePersonNamedBeforeWithThatRole()
    {
        var a = Run("Northwind Mills chief executive Daniel Whitmore met analysts in Leeds on Tuesday.\n\n"
            + "“We expect margins to recover next year,” the chief executive said.\n\n"
            + "The chief executive told reporters that demand was “holding up better than we had feared in the spring.”");
        Assert.Equal(2, a.Quotes.Count);
        Assert.All(a.Quotes, q => Assert.Equal("Daniel Whitmore", q.Speaker));
        Assert.All(a.Quotes, q => Assert.Contains("role-descriptor", q.Rule));
    }

    [Theory]
    [InlineData("Mayor Tessa Lindqvist wants the depot closed, but council engineer Omar Haddad told the hearing that it must stay open “for at least another decade.”",
        "Omar Haddad")]
    [InlineData("Mayor Tessa Lindqvist spoke to residents on Monday, and told them the depot would close “as soon as the new one opens.”", "Tessa Lindqvist")]
    public void APartialQuoteInReportedSpeech_GoesToTheSubjectOfItsOwnClause(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    [Fact]
    public void APronoun_SkipsAPersonWhoIsOnlyTheObjectOfAPreposition()
    {
        var a = Run("Daniel Whitmore flew to Oslo in March. During the visit, he held long talks with Ingrid Solberg about the merger.\n\n"
            + "He later told the board: “I went because the deal could not wait another quarter, and I would do it again.”");
        Assert.Equal("Daniel Whitmore", Assert.Single(a.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Regulator chief Ines Albrecht described the proposal as “deeply unfair.”", "deeply unfair.", "Ines Albrecht")]
    [InlineData("Ines Albrecht rejected the claims as \"plainly wrong,\" and the shares recovered.", "plainly wrong,", "Ines Albrecht")]
    public void ACharacterisingVerbBeforeAs_AttributesTheShortQuotation(string text, string quoted, string speaker)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(quoted, text[q.Start..q.End]);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("The menu lists dumplings, described as “crispy parcels.”")]
    [InlineData("Speaking of the merger, the mayor described it as \"a fine deal for everyone.\"")]
    public void APassiveParticiple_OrAParticipleOpener_NamesNoSpeaker(string text) =>
        Assert.All(Run(text).Quotes, q => Assert.Equal("", q.Speaker));

    [Theory]
    [InlineData("Marta Quintero dismissed the idea on Monday, adding that the plan was “simply unaffordable.”", "Marta Quintero")]
    [InlineData("Siemens also seemed to back Marta Quintero, saying the reform was “long overdue.”", "Siemens")]
    public void AParticipleAfterAComma_ReportsForItsClausesSubject(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>The participle's comma may stand inside the closing mark of a quotation before it ("… thanking the crews for their “long
    /// nights, cold hands and patience,” adding that “…”"): the participle still reports for its clause's subject.</summary>
    [Fact]
    public void AParticipleAfterAQuotationsInnerComma_ReportsForItsClausesSubject()
    {
        var a = Run("On Monday the mayor, Ivo Kessler, opened the new depot, thanking the crews for their “long nights, cold hands and patience,” "
            + "adding that “the city will pay every overtime hour in full.”");
        Assert.Equal("Ivo Kessler", Assert.Single(a.Quotes, q => a.Body[q.Start..q.End].StartsWith("the city will", StringComparison.Ordinal)).Speaker);
    }

    [Theory]
    [InlineData("Ivo Marsh, Director, Quorvin Studios, said the sale was a start.\n\nThe plant shut in March, with Mina Okafor adding that "
        + "“talks with two buyers will go on through the summer.”", "Mina Okafor")]
    [InlineData("Ivo Marsh, Director, Quorvin Studios, said the sale was a start.\n\nThe plant shut in March, with a Quorvin spokeswoman "
        + "adding that “talks with two buyers will go on through the summer.”", "Quorvin Studios")]
    [InlineData("Ivo Marsh, Director, Quorvin Studios, said the sale was a start.\n\nThe plant shut in March, with the Tarnwell Group "
        + "stating that “the site will stay open until the autumn.”", "Tarnwell Group")]
    public void AParticipleWithItsOwnSubject_AfterWithOrAComma_ReportsForThatSubject(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    [Theory]
    [InlineData("Tarvia Police confirmed on Thursday that a lorry had overturned. A spokesperson said: “The road will reopen by noon.”", "Tarvia Police")]
    [InlineData("Harlow Police and the Quorvin Group were at the scene. A police spokesman said: “The road will stay shut until Friday.”", "Harlow Police")]
    [InlineData("The Quorvin Group confirmed the crash. A transport ministry spokesman said: “Inspectors will visit the yard next week.”", "")]
    [InlineData("The Quorvin Group confirmed the sale. An unnamed spokeswoman said: “The deal will close in the spring.”", "Quorvin Group")]
    public void ASpokespersonOpeningTheSentence_SpeaksForTheBodyItsWordsDescribe(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    [Fact]
    public void AReportingVerbAfterThatInTheNextSentence_IsNotANamesVerb()
    {
        var q = Assert.Single(Run("Ivo Marsh said the port was losing trade. “Ships now sail past us to Tarnwell.” The mayor "
            + "pointed to a study written by harbour master Ada Quarles last spring which said the channel was too shallow.").Quotes);
        Assert.NotEqual("Ada Quarles", q.Speaker);
    }

    [Fact]
    public void ACharacterisingVerbBeforeAsBeing_AttributesTheQuotationToItsSubject()
    {
        var q = Assert.Single(Run("Ivo Marsh, an economist at the central bank, described the harvest as being “a relief for every farmer in the valley”.").Quotes);
        Assert.Equal("Ivo Marsh", q.Speaker);
    }

    [Theory]
    [InlineData("Judges met on Monday. Ivo Marsh, Chairman, Tarvia Rail Board, said: “Fares will stay frozen for the rest of the year.”")]
    [InlineData("Judges met on Monday. Ivo Marsh, Chairman, Tarvia Rail Board said: “Fares will stay frozen for the rest of the year.”")]
    [InlineData("Judges met on Monday. Ivo Marsh, chief executive officer, Tarvia Rail Board, said: “Fares will stay frozen this year.”")]
    public void AnOfficeAndAnOrganisationSetAfterAName_AsASignatureLine_AreThatPersons(string text) =>
        Assert.Equal("Ivo Marsh", OnlySpeaker(text));

    [Fact]
    public void AnOrganisationWithAnAppositive_IsTheSubjectOfTheVerbAfterIt()
    {
        const string text = "On Friday, Siemens, the German engineering group with plants in 40 countries, warned that demand faced “a very long winter”.";
        Assert.Equal("Siemens", OnlySpeaker(text));
    }

    [Fact]
    public void ARoleThatOnlyADeputyHolds_NamesNoOne()
    {
        var a = Run("Vice President Laura Mendes visited the plant on Monday with local officials and workers.\n\n"
            + "“This factory will double its output within two years,” the president said.");
        var q = Assert.Single(a.Quotes);
        Assert.NotEqual("Laura Mendes", q.Speaker);
    }

    [Fact]
    public void ScareQuotes_AndTitles_AreNotQuotations_AndSayWhy()
    {
        var a = Run("The bank called the plan a \"win-win\" in its report \"Outlook 2025\", and investors were not convinced by the new strategy at all.");
        Assert.Empty(a.Quotes);
        Assert.Equal(2, a.RejectedQuotes.Count);
        Assert.All(a.RejectedQuotes, r => Assert.Matches("reporting verb|title", r.Reason));
    }

    /// <summary>A "he" or "she" is not the person the one-sentence quotation speaks of by name; a longer run-on span is no sign.</summary>
    [Fact]
    public void APronounIsNotThePersonTheQuotationSpeaksOfByName()
    {
        Assert.NotEqual("Ivo Marsh", OnlySpeaker("Ivo Marsh runs the family mill. His brother is proud of him. “Ivo works harder than anyone I know,” he told a local paper."));
    }

    [Fact]
    public void APronounAfterAQuotationThatDoesNotNameThePerson_StillResolves()
    {
        var a = Run("Ivo Marsh runs the family mill. “The mill works harder than anyone I know,” he told a local paper.");
        Assert.Equal("Ivo Marsh", Assert.Single(a.Quotes).Speaker);
    }

    /// <summary>Marks around punctuation alone (an ellipsis, a question mark, or two quotations' spaced straight marks paired wrongly) are no quotation.</summary>
    [Fact]
    public void MarksAroundPunctuationAlone_AreNoQuotation()
    {
        var a = Run("Ivo Marsh said the sign read “…” all week and “?” after that.");
        Assert.Empty(a.Quotes);
        Assert.Equal(2, a.RejectedQuotes.Count(r => r.Reason == "no words between the marks"));
    }

    [Fact]
    public void OrganisationSpeaker_IsTheCompany()
    {
        var a = Run("Northwind Semiconductor Corp. cut its forecast. \"We remain confident in our long-term strategy,\" the company said in a statement.");
        var q = Assert.Single(a.Quotes);
        Assert.StartsWith("Northwind", q.Speaker);
        Assert.NotEqual("", q.SpeakerEntityId);
    }

    [Fact]
    public void Apostrophes_DoNotCloseSingleQuotes()
    {
        var a = Run("Meta’s chief said the company’s plans were on track. Zuckerberg wrote: ‘We’re building the future of computing together.’");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("We’re building the future of computing together.", a.Body[q.Start..q.End]);
    }

    [Fact]
    public void QuotationWovenIntoTheReportingSentence_IsTheSubjects()
    {
        var a = Run("Rates are rising again.\n\nMaria Okafor, a senior analyst at Northwind Securities, told Reuters on Monday that the market was \"fairly priced by regional standards and unlikely to move much further.\"");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Maria Okafor", q.Speaker);
        Assert.Equal("told", q.Cue);
        Assert.Equal("quotes.sentence.subject-verb", q.Rule);
    }

    [Fact]
    public void LongAppositiveAfterTheQuotation_StillNamesTheSpeaker()
    {
        var a = Run("“This is mainly due to the change in wind direction over the city,” Maria Okafor, a research analyst at the Delhi-based Centre for Air and Water think tank told reporters.");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Maria Okafor", q.Speaker);
        Assert.Equal("quotes.after.clause", q.Rule);
    }

    [Fact]
    public void Pronoun_PrefersTheSubjectOfTheLastSentenceNamingAPerson()
    {
        Assert.Equal("Daniel Whitmore", OnlySpeaker("Customers wanted more, Daniel Whitmore told Priya Raman at the conference.\n\n\"We really took that challenge to heart,\" he said."));
    }

    /// <summary>"Roe's colleague Jan Ash disagreed. “…,” he said.": the person the possessive introduces is the subject.</summary>
    [Theory]
    [InlineData("Raman's colleague Tom Ashdown disagreed. ‘The shares are cheap,’ he said.", "Tom Ashdown")]
    [InlineData("Raman's boss, chief executive Tom Ashdown, was upbeat. “Orders are strong,” he said.", "Tom Ashdown")]
    [InlineData("Raman's remarks angered Tom Ashdown. “The shares are cheap,” he said.", "David Raman")]
    [InlineData("Raman's wife, Alex Ashdown, chairs the board. “We will keep every store open,” he said.", "David Raman")]
    public void Pronoun_AfterAPossessiveThatIntroducesAPerson_IsThatPerson(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("David Raman runs the Tarvia fund, which sold its shares in Orlen Shipping.\n\n" + text));

    /// <summary>"According to him: “…”": an object pronoun after "according to" points back as its subject form does.</summary>
    [Theory]
    [InlineData("Ivo Marsh, the adviser, said output could rise. According to him: “The price does not reflect demand.”", "Ivo Marsh")]
    [InlineData("Sandra Kessmoor chairs the fund. Ivo Marsh left early. “The market is tight,” according to her.", "Sandra Kessmoor")]
    public void AnObjectPronounAfterAccordingTo_PointsBack(string text, string speaker) => Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>
    /// A quotation read from a document the text gives with its issuer ("from X", "by X", "the statement X issued") is the issuer's, else no
    /// one's; never the previous speaker's.
    /// </summary>
    [Theory]
    [InlineData("Tarvia Ports Ltd owns the berths. A statement from the company's board said: “The berths reopen on Monday.”", "Tarvia Ports Ltd",
        "quotes.before.document")]
    [InlineData("A brief release by the port's owner read: “The berths reopen on Monday.”", "", "quotes.before.document-unnamed")]
    [InlineData("“The berths reopen on Monday,” according to a transcript of the call.", "", "quotes.according-to.document-unnamed")]
    [InlineData("“The berths reopen on Monday,” according to a statement from the Tarvia Ports Authority.", "Tarvia Ports Authority",
        "quotes.according-to.document")]
    [InlineData("Tarvia Ports Ltd “reopened the berths on Monday,” according to a statement issued today.", "Tarvia Ports Ltd",
        "quotes.according-to.document-subject")]
    [InlineData("“The berths reopen on Monday,” according to a written statement the Tarvia Ports Authority issued.", "Tarvia Ports Authority",
        "quotes.according-to.document")]
    [InlineData("“The berths reopen on Monday,” according to a notice that the Tarvia Ports Authority had sent out.", "Tarvia Ports Authority",
        "quotes.according-to.document")]
    [InlineData("The app was made by the Tarvia Ports Authority. The statement on its website says: “The berths reopen on Monday.”",
        "Tarvia Ports Authority", "quotes.before.its-document")]
    [InlineData("Mina Okafor “never signed the lease,” according to court filings.", "", "quotes.according-to.document-unnamed")]
    [InlineData("Shares of Tarvia Ports Ltd “fell in early trade,” according to a report.", "", "quotes.according-to.document-unnamed")]
    public void AQuotationFromADocument_IsNotThePreviousSpeakers(string text, string speaker, string rule)
    {
        var quotes = Run("Dana Whitlock runs the port. “Traffic is up,” Whitlock said.\n\n" + text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Dana Whitlock", quotes[0].Speaker);
        Assert.Equal((speaker, rule), (quotes[1].Speaker, quotes[1].Rule.Replace(".organisation", "")));
    }

    /// <summary>"said Co-Founder of Pellam Foods, Ines Varga": an office written as a title is no name; its holder in apposition speaks.</summary>
    [Theory]
    [InlineData("“Deliveries resume next week,” said Co-Founder of Pellam Foods, Ines Varga.", "Ines Varga")]
    [InlineData("“Deliveries resume next week,” said Vice President of Logistics, Ines Varga.", "Ines Varga")]
    [InlineData("“Deliveries resume next week,” said Chairman of the board.", "")]
    public void AnOfficeWrittenAsATitle_IsNoName_ItsHolderInAppositionSpeaks(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>"“…,” one parent said. … “…,” they added.": the pronoun is the unnamed speaker, not a person named before.</summary>
    [Fact]
    public void APronounAfterAnUnnamedSpeaker_WithNoOneNamedSince_IsThatUnnamedSpeaker()
    {
        var quotes = Run("Dana Whitlock runs the school. “We will reopen,” Whitlock said.\n\n"
            + "“The fees are too high,” one parent said. “Nobody asked us first.” “We will take it to court,” they added.").Quotes;
        Assert.Equal(4, quotes.Count);
        Assert.Equal("Dana Whitlock", quotes[0].Speaker);
        Assert.Equal(("", "quotes.after.speaker-verb.pronoun-unnamed"), (quotes[3].Speaker, quotes[3].Rule));
        var aside = Run("Dana Whitlock runs the school.\n\n“The fees are too high,” one parent (a nurse) said. “We will sue,” they added.").Quotes;
        Assert.Equal(("", ""), (aside[0].Speaker, aside[1].Speaker));
        var named = Run("“The fees are too high,” one parent said. Dana Whitlock disagreed. “They are fair,” she said.").Quotes;
        Assert.Equal("Dana Whitlock", named[^1].Speaker);
    }

    /// <summary>"A second neighbour spoke next. “…,” he said. “…”": "he" is the person the sentence before only describes, not one
    /// named earlier, and the quotation after it carries no one's name on; a sentence that names someone still resolves.</summary>
    [Fact]
    public void HeAfterASentenceWhoseSubjectIsAnUnnamedPerson_IsThatPerson()
    {
        var quotes = Run("“The water came in fast,” said Ivo Kessler, a shop owner. “We lost everything.”\n\n"
            + "A second neighbour spoke next. “I could hear the river from my bed,” he said. “By morning the street was gone.”").Quotes;
        Assert.Equal(4, quotes.Count);
        Assert.Equal(("", "quotes.after.speaker-verb.pronoun-unnamed"), (quotes[2].Speaker, quotes[2].Rule));
        Assert.Equal("", quotes[3].Speaker);
        var later = Run("“The water came in fast,” said Ivo Kessler, a shop owner.\n\n"
            + "A year later Kessler reopened. “We rebuilt it ourselves,” he said.").Quotes;
        Assert.Equal("Ivo Kessler", later[^1].Speaker);
    }

    /// <summary>"A witness, who …, said that … “…,” he said.": a relative clause after the unnamed subject still leaves it the subject.</summary>
    [Fact]
    public void HeAfterAnUnnamedSubjectWithARelativeClause_IsThatPerson()
    {
        var quotes = Run("“The water came in fast,” said Ivo Kessler, a shop owner.\n\n"
            + "A passer-by, who was walking a dog by the bank, said the wall gave way first. “It just folded into the water,” he said.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("", quotes[1].Speaker);
    }

    /// <summary>
    /// A quoted fragment that ends a sentence its own words opened ("… said the levy would “hurt every grocer.”") is that sentence's
    /// speaker's; the clause of the next sentence ("Lena Marsh said the council …") reports other words.
    /// </summary>
    [Theory]
    [InlineData("Corvel Foods said the levy would “hurt every small grocer in the county.” Lena Marsh said the council had no choice.")]
    [InlineData("Corvel Foods said “the levy will hurt every small grocer in the county.” Lena Marsh said the council had no choice.")]
    public void AQuotedFragmentEndingItsSentence_IsNotTheNextSentencesSpeakers(string text) =>
        Assert.Equal("Corvel Foods", OnlySpeaker(text));

    /// <summary>"“…” But Omar Haddad said 4,000 drivers …": a sentence that opens with a contrast sets another voice against the quotation.</summary>
    [Fact]
    public void ASentenceOpeningWithAContrast_IsAnotherVoice_NotTheQuotationsSpeaker()
    {
        var quotes = Run("Ines Varga runs the drivers' lobby. “Tolls never paid for a road,” said Varga. “The state should borrow instead.” "
            + "But Omar Haddad, the transport minister, said 4,000 drivers use the bridge daily.").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Ines Varga", "Ines Varga"), (quotes[0].Speaker, quotes[1].Speaker));
    }

    /// <summary>"Ann Roeder, head of planning at the Port of Savannah said": the place ends her unclosed apposition; she speaks.</summary>
    [Fact]
    public void APlaceEndingAnUnclosedApposition_LeavesThePersonBeforeItAsTheSpeaker() =>
        Assert.Equal("Ann Roeder", OnlySpeaker("The new gates opened on Monday. Ann Roeder, head of planning at the Port of Savannah said of the "
            + "plan, “Trucks will spend far less time idling at the gates.”"));

    /// <summary>A place at the end of a person's unclosed apposition or affiliation ("…, director of research at Tarn Capital in London
    /// said", "Mayor Ada Quarles of London commented", "Ivo Marsh, of Scotland stated") leaves the person as the speaker.</summary>
    [Theory]
    [InlineData("Rates fell again. Ivo Marsh, the director of research at Tarn Capital in London said: \"The cut was overdue.\"", "Ivo Marsh")]
    [InlineData("The towns signed the pact. Mayor Ada Quarles of London commented \"This will bring jobs to both towns.\"", "Ada Quarles")]
    [InlineData("The vote was close. Ivo Marsh, of Scotland stated the result was \"a fair outcome for everyone.\"", "Ivo Marsh")]
    public void APlaceAfterAPersonsAffiliation_LeavesThePersonAsTheSpeaker(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>A place that a preposition governs is part of a phrase, not the speaker ("the largest maker in the United Kingdom, …, has
    /// announced").</summary>
    [Fact]
    public void APlaceAfterAPreposition_IsNoSpeaker() =>
        Assert.DoesNotContain(Run("The leading supplier of school uniforms in the United Kingdom, Tarnwell-based manufacturer Quorvin, has "
            + "announced it is \"seriously considering\" adding tracking chips to its blazers.").Quotes, q => q.Speaker == "United Kingdom");

    /// <summary>Speakers named around words the entity stage leaves untyped, or after a contrast in the quotation's own sentence.</summary>
    [Theory]
    [InlineData("The transport minister, Carl Obi, said that \"the ferry timetable is final\" but opposition MP Dara Quinn told a paper it would change.",
        "Carl Obi")]
    [InlineData("The transport minister, Carl Obi, said that \"the ferry timetable is final,\" but opposition MP Dara Quinn told a paper it would change.",
        "Carl Obi")]
    [InlineData("Fares rose again in May. The chair of the national rail regulator Quorvail, Tavi Orrin, said \"prices have to come down soon.\"",
        "Tavi Orrin")]
    [InlineData("Fares rose again in May. The head of the rail regulator Quorvail, Tavi Orrin, said \"prices have to come down soon.\"",
        "Tavi Orrin")]
    [InlineData("According to Ann Roe, editor of the Harbour Gazette, \"the mayor has lost the council's trust.\" Lena Marsh also said the vote was close.",
        "Ann Roe")]
    public void SpeakersBeforeAQuotation_WithAnAppositionOrAContrastAfter(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    /// <summary>"said expedition leader and deputy speaker of the Tarvian parliament Ines Varga.": a long description, then its holder.</summary>
    [Fact]
    public void AVerbThenALongDescription_EndingOnAPerson_GivesThatPerson()
    {
        var q = Assert.Single(Run("The dive ended on Sunday.\n\n“Our mission is to map the seabed,” said expedition leader and deputy speaker of the "
            + "Tarvian parliament Ines Varga.").Quotes);
        Assert.Equal(("Ines Varga", "quotes.after.verb-role-person"), (q.Speaker, q.Rule));
        var clause = Run("Dana Whitlock chairs the fund. “We have sold the plant to a buyer,” said the owner of the site, which hired Ines Varga.").Quotes;
        Assert.DoesNotContain(clause, x => x.Speaker == "Ines Varga");
        var told = Run("Ines Varga runs the shop.\n\n“Take a seat and wait here,” says the robot at the door to Ines Varga.").Quotes;
        Assert.DoesNotContain(told, x => x.Speaker == "Ines Varga");
        var by = Assert.Single(Run("The shop opened.\n\n“Take a seat and wait here,” said a sign written by Ines Varga.").Quotes);
        Assert.Equal("Ines Varga", by.Speaker);
        var post = Run("Tarvia Foods opened a shop.\n\n“Take a seat and wait here,” said the blog entry written by Ines Varga, head of design.").Quotes;
        Assert.Equal("Ines Varga", post[^1].Speaker);
    }

    /// <summary>"added Sorensen. Iran is …": a name the entity stage did not find ends where its sentence does.</summary>
    [Fact]
    public void AnUnlinkedSpeakersWords_EndWhereTheSentenceEnds() =>
        Assert.Equal("Sorensen", OnlySpeaker("The talks resumed in Geneva.\n\n“We really do have to settle this soon,” added Sorensen. "
            + "Iran is a large producer of crude."));

    [Fact]
    public void ClauseOpeners_AreNotSpeakers()
    {
        Assert.NotEqual("During", OnlySpeaker("During the call, the caller said, \"somebody ought to pay for what happened to the fund and its investors.\""));
    }

    [Fact]
    public void StraySpacesInsideTheMarks_DoNotLoseTheQuotation()
    {
        var a = Run("\"I run my business on my phone,\" Daniel Whitmore told Priya Raman. \" You guys have done such a good job.\"\n\n\"But we must ask who we are as a nation? \" she wrote in her letter. \"The answer to hate is not more hate; it is compassion.\"");
        var texts = a.Quotes.Select(q => a.Body[q.Start..q.End]).ToList();
        Assert.Contains("You guys have done such a good job.", texts);
        Assert.Contains("But we must ask who we are as a nation?", texts);
        Assert.Contains("The answer to hate is not more hate; it is compassion.", texts);
        Assert.DoesNotContain(texts, t => t.Contains("she wrote"));
    }

    [Fact]
    public void AShortQuotedSentenceStandingAlone_IsAQuotation_WithTheSpeakerBefore()
    {
        var a = Run("\"People are talking about the problem again,\" Maria Okafor told the newspaper on Monday. \"It is working.\"\n\nThe campaign called the plan a \"win-win\" for the state.");
        var q = Assert.Single(a.Quotes, q => a.Body[q.Start..q.End] == "It is working.");
        Assert.Equal("Maria Okafor", q.Speaker);
        Assert.Contains(a.RejectedQuotes, r => a.Body[r.Start..r.End] == "win-win");
    }

    [Fact]
    public void ANameInThePossessiveBeforeTheSpeaker_IsNotTheSpeaker()
    {
        var a = Run("Maria Okafor founded the firm in 1990. “It has been our privilege to serve the industry for decades,” Maria Okafor’s managing partner, Daniel Whitmore added.");
        var q = a.Quotes.First(x => a.Body[x.Start..x.End].StartsWith("It has been", StringComparison.Ordinal));
        Assert.Equal("Daniel Whitmore", q.Speaker);
    }

    [Fact]
    public void SaidOrganisationRolePerson_TheSpeakerIsThePerson()
    {
        var a = Run("“Rates will stay high for longer,” said Goldman Sachs analyst Jane Whitfield. “Demand is strong,” commented Northwind Capital partner, Andrew Quell.");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("Jane Whitfield", a.Quotes[0].Speaker);
        Assert.Equal("Andrew Quell", a.Quotes[1].Speaker);
        Assert.EndsWith(".role", a.Quotes[0].Rule);
    }

    [Fact]
    public void TheSpeakerBeforeAQuotation_IsInItsOwnSentence_AndTheCompanyIsNotTheOutletItSpokeTo()
    {
        var a = Run("“We see upside,” said Jane Whitfield. Tamsin Okoro, chief economist at Harrow Economics, said: “Growth is slowing.” "
            + "Brixa Holdings cut its forecast, its chief executive told Reuters. “Margins will improve,” the company said in a statement.");
        string Speaker(string start) => a.Quotes.First(q => a.Body[q.Start..q.End].StartsWith(start, StringComparison.Ordinal)).Speaker;
        Assert.Equal("Tamsin Okoro", Speaker("Growth"));
        Assert.Equal("Brixa Holdings", Speaker("Margins"));
    }

    [Fact]
    public void TheShippedPipeline_ListsEveryReportingVerbTheCodeKnows()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "pipeline.json")));
        var stage = doc.RootElement.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "quotes");
        var listed = stage.GetProperty("verbs").EnumerateArray().Select(v => v.GetString()).ToHashSet();
        var missing = FinExtract.Quotes.QuoteStageFactory.DefaultVerbs.Where(v => !listed.Contains(v)).ToList();
        Assert.True(missing.Count == 0, "pipeline.json lacks: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("“We will not cut prices this year,” Lena Okonkwo was quoted as saying by a local newspaper.", "Lena Okonkwo")]
    [InlineData("“Demand looks soft into the winter,” Priya Natarajan, an analyst at Contoso Securities, wrote in a note to clients.", "Priya Natarajan")]
    [InlineData("“The margin story is intact,” argues Tomasz Wielgus, who runs a fund in Warsaw.", "Tomasz Wielgus")]
    [InlineData("“Nobody expected the board to move this fast,” Maren Solberg weighed in on Friday.", "Maren Solberg")]
    [InlineData("Tarn Ltd cut its forecast. As one analyst, Ivo Marsh of Harlow Capital, put it, “The cycle has turned for good.”", "Ivo Marsh")]
    [InlineData("Ada Quarles spoke first. Mina Okafor, a trader in the port, echoed her view. “Nobody is buying before the vote.”", "Mina Okafor")]
    [InlineData("“Let the record show we warned them early,” yelled Mina Okafor from the back of the hall.", "Mina Okafor")]
    [InlineData("“The whole plan was rushed,” Mina Okafor said in an email on Sunday.", "Mina Okafor")]
    [InlineData("“We were never told about the fees,” Ivo Marsh confessed to the panel.", "Ivo Marsh")]
    [InlineData("“The gates stay closed to all visitors,” Mina Okafor was quoted as telling the reporters.", "Mina Okafor")]
    [InlineData("Ivo Marsh spoke first, before Mina Okafor interrupted: “We have heard this all before.”", "Mina Okafor")]
    public void ReportingVerbsInOtherTensesAndPhrases_AttributeTheQuote(string text, string speaker)
    {
        var a = ShippedPipeline.Run(text);
        var q = Assert.Single(a.Quotes);
        Assert.Contains(speaker.Split(' ')[^1], q.Speaker, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnOrganisationNamedByWhatItDoes_IsTheSpeaker_WhenTheArticleNamesIt()
    {
        var a = ShippedPipeline.Run("Shares of Northwind Motors Corp. fell 3% on Monday after it cut its delivery forecast for the year. "
            + "“Demand for electric models has cooled in every market we serve,” the German carmaker said in a statement.");
        var q = Assert.Single(a.Quotes);
        Assert.StartsWith("Northwind Motors", q.Speaker, StringComparison.Ordinal);
        Assert.Equal("said", q.Cue);
    }

    [Theory]
    [InlineData("“Our margins held up better than we feared in every region,\" chief executive Dana Whitlock said on Tuesday.")]
    [InlineData("\"Our margins held up better than we feared in every region,” chief executive Dana Whitlock said on Tuesday.")]
    [InlineData("\"Our margins held up better than we feared in every region,' chief executive Dana Whitlock said on Tuesday.")]
    [InlineData("“Our margins held up better than we feared in every region,’ chief executive Dana Whitlock said on Tuesday.")]
    [InlineData("“Our margins held up better than we feared in every region,’’ chief executive Dana Whitlock said on Tuesday.")]
    [InlineData("\"Our margins held up better than we feared in every region,'' chief executive Dana Whitlock said on Tuesday.")]
    public void AQuotationOpenedAndClosedWithMixedMarks_EndsAtItsOwnClose_AndKeepsItsSpeaker(string text)
    {
        var a = ShippedPipeline.Run(text);
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Our margins held up better than we feared in every region,", a.Body[q.Start..q.End]);
        Assert.Equal("Dana Whitlock", q.Speaker);
    }

    [Theory]
    [InlineData("\"We never planned a sale.'' Ivo Marsh, who chairs the board, said \"It went well. The offer was fair.\"")]
    [InlineData("“We never planned a sale.’’ Ivo Marsh, who chairs the board, said “It went well. The offer was fair.”")]
    [InlineData("\"We never planned a sale,'' Mina Okafor said. Ivo Marsh, who chairs the board, said \"It went well. The offer was fair.\"")]
    public void ADoubledSingleMarkClosesADoubleQuotation_EvenWhenAnotherQuotationFollowsInTheParagraph(string text)
    {
        var a = Run(text);
        Assert.Contains(a.Quotes, q => a.Body[q.Start..q.End].StartsWith("We never planned a sale", StringComparison.Ordinal)
            && a.Body[q.Start..q.End].Length <= "We never planned a sale.".Length);
        var last = Assert.Single(a.Quotes, q => a.Body[q.Start..q.End] == "It went well. The offer was fair.");
        Assert.Equal("Ivo Marsh", last.Speaker);
    }

    [Fact]
    public void ASingleMarkClosingAQuotationInside_DoesNotCloseTheOuterOne()
    {
        const string text = "“Some call it ‘a bubble,’ but we see real demand in every region we serve“ chief executive Dana Whitlock said.";
        var a = ShippedPipeline.Run(text);
        Assert.DoesNotContain(a.Quotes, q => a.Body[q.Start..q.End] == "Some call it ‘a bubble,");
    }

    [Theory]
    [InlineData("“Our margins held up,\" chief executive Dana Whitlock said. \"We will keep the dividend.”")]
    [InlineData("\"Our margins held up,” chief executive Dana Whitlock said. “We will keep the dividend.\"")]
    public void TwoQuotationsAroundAnAttribution_WithMixedMarks_AreTwo(string text)
    {
        var a = ShippedPipeline.Run(text);
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("Our margins held up,", a.Body[a.Quotes[0].Start..a.Quotes[0].End]);
        Assert.Equal("We will keep the dividend.", a.Body[a.Quotes[1].Start..a.Quotes[1].End]);
        Assert.All(a.Quotes, q => Assert.Equal("Dana Whitlock", q.Speaker));
    }

    [Fact]
    public void ATitleOpenedCurlyAndClosedStraight_EndsThere_WhenACurlyQuotationFollows()
    {
        var a = ShippedPipeline.Run("Ada Quarles's “A Quiet Week\" opened the anthology; the critic Ivo Marsh wrote, “Few books this year will be read as closely.”");
        var q = Assert.Single(a.Quotes); // the title is no quotation, and the quotation does not run from it
        Assert.Equal("Few books this year will be read as closely.", a.Body[q.Start..q.End]);
        Assert.Equal("Ivo Marsh", q.Speaker);
    }

    [Fact]
    public void AQuotationNestedWithStraightMarks_StaysInsideItsQuotation()
    {
        var a = ShippedPipeline.Run("“The merger was \"a mistake\" from the start,” chief executive Dana Whitlock said.");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Dana Whitlock", q.Speaker);
        Assert.EndsWith("from the start,", a.Body[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void They_PointsBackToWhomTheLatestSentenceIsAbout_APersonAsMuchAsACompany()
    {
        var a = Run("Fenwick Motors said deliveries fell in the quarter.\n\nAnalyst Rhea Castellano of Harlow Capital was less sure of a rebound. " +
            "\"The order book is thin,\" they said.\n\nFenwick Motors later issued a statement. \"We see demand recovering in the spring,\" they said.");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("Rhea Castellano", a.Quotes[0].Speaker);
        Assert.StartsWith("Fenwick Motors", a.Quotes[1].Speaker);
    }

    [Fact]
    public void AWordForAPersonThatIsNoOffice_PointsBackToThePersonTheTextIsAbout()
    {
        var a = Run("Harbour Mills reported a loss. Its founder, Tom Okafor, was upbeat on Monday. \"We will be back,\" the billionaire told "
            + "reporters.");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Tom Okafor", q.Speaker);
        Assert.EndsWith(".person-descriptor", q.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void ARoleWrittenAsATitleBeforeTheName_IsTheRoleTheQuotationNames()
    {
        var a = Run("Lena Markova was sentenced on Monday. \"I am deeply sorry,\" Markova said. Judge Paul Whitcombe of the district court "
            + "refused bail, and Markova was taken to a prison near the city. \"She has the means to flee and every reason to,\" the judge said.");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("Lena Markova", a.Quotes[0].Speaker);
        Assert.Equal("Paul Whitcombe", a.Quotes[1].Speaker);
    }

    [Theory]
    [InlineData("Regulators have warned about the risks for months.")]
    [InlineData("The protesters outside the plant demanded a meeting.")]
    public void They_AfterASentenceAboutAGroupThatNamesNoEntity_NamesNoSpeaker(string groupSentence)
    {
        var a = Run("Fenwick Motors said deliveries fell. \"We expect a rebound,\" chief executive Rhea Castellano said.\n\n" + groupSentence +
            " \"Nothing has changed,\" they said on Monday.");
        Assert.Equal("Rhea Castellano", a.Quotes[0].Speaker);
        Assert.Equal("", a.Quotes[1].Speaker);
    }

    [Fact]
    public void They_AfterAnalystsOfANamedFirm_IsThatFirm()
    {
        var a = Run("Fenwick Motors said deliveries fell. Analysts at Harlow Capital were less sure of a rebound. \"The order book is thin,\" they said.");
        Assert.Equal("Harlow Capital", Assert.Single(a.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Thomas Brandt met Helen Okafor in Lagos on Monday. \"Our plans for the region are unchanged,\" she said.", "Helen Okafor")]
    [InlineData("Helen Okafor met Thomas Brandt in Lagos on Monday. \"Our plans for the region are unchanged,\" he said.", "Thomas Brandt")]
    [InlineData("Mr Ivers met Ms Caldwell in Lagos on Monday. \"Our plans for the region are unchanged,\" she said.", "Caldwell")]
    [InlineData("Robin Ivers met Sasha Caldwell in Lagos on Monday. \"Our plans for the region are unchanged,\" she said.", "Robin Ivers")]
    [InlineData("Tadeusz Brandt met Beatrice Okafor in Lagos on Monday. \"Our plans for the region are unchanged,\" she said.", "Beatrice Okafor")]
    [InlineData("Siobhan Brandt met Kwame Okafor in Lagos on Monday. \"Our plans for the region are unchanged,\" he said.", "Kwame Okafor")]
    public void HeOrShe_PassesOverAPersonKnownToBeOfTheOtherGender(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker(text));

    [Fact]
    public void AQuotationAfterASentenceAboutSomeoneElse_IsThatPersons_NotTheLastSpeakers()
    {
        var a = Run("\"Prices are rising faster than we planned for,\" said Jane Roeder, who runs a milling cooperative.\n\n" +
            "Mr. Tom Hillard, an economist, pointed to the futures curve. \"The curve says the shortage is temporary.\"\n\n" +
            "The harvest is late everywhere. \"Nobody has seen a season like this.\"");
        Assert.Equal(3, a.Quotes.Count);
        Assert.Equal("Jane Roeder", a.Quotes[0].Speaker);
        Assert.Equal("Tom Hillard", a.Quotes[1].Speaker);
        Assert.Equal("quotes.previous-sentence.subject", a.Quotes[1].Rule);
        // a speaker found that way is not carried on to the next unattributed quotation
        Assert.NotEqual("Tom Hillard", a.Quotes[2].Speaker);
    }

    [Theory]
    [InlineData("\n\n\u2014 Paul Okonjo, chief executive of Riverbend Grain")]
    [InlineData(" - Paul Okonjo -")]
    public void ACreditLineAfterTheQuotation_NamesItsSpeaker(string credit)
    {
        var a = Run("The cooperative published its plans for the coming year on Monday.\n\n" +
            "\"We will keep investing in storage whatever the season brings.\"" + credit);
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Paul Okonjo", q.Speaker);
        Assert.Equal("quotes.credit-line", q.Rule);
    }

    [Fact]
    public void DoubledSingleMarks_AndMixedMarks_OpenAndCloseQuotations()
    {
        var a = Run("Traders waited for the jobs report on Friday.\n\n\u201cWe are watching the data closely,\" said Lena Marsh, a strategist.\n\n" +
            "''Nobody expects a cut this year,'' said Omar Haddad, a fund manager.");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("We are watching the data closely,", a.Body[a.Quotes[0].Start..a.Quotes[0].End]);
        Assert.Equal("Nobody expects a cut this year,", a.Body[a.Quotes[1].Start..a.Quotes[1].End]);
        Assert.Equal("Omar Haddad", a.Quotes[1].Speaker);
    }

    /// <summary>
    /// "Ivo Marsh, Quorvin's president and CEO said": an apposition the writer left unclosed, holding two offices, names the holder of
    /// the second; so does a signature line's office between commas.
    /// </summary>
    [Theory]
    [InlineData("Ivo Marsh, Quorvin's president and CEO said \"No one was hurt, and the fire is out.\"")]
    [InlineData("Ivo Marsh, the firm's founder and CEO said: “No one was hurt, and the fire is out.”")]
    [InlineData("Ivo Marsh, Chairman, Quorvin Safety Board, said: “No one was hurt, and the fire is out.”")]
    public void TheHolderOfTwoOfficesInAnUnclosedApposition_Speaks(string text) =>
        Assert.Equal("Ivo Marsh", OnlySpeaker("A fire shut the Quorvin plant in Tarvel on Sunday. " + text));

    /// <summary>
    /// "According to Tom Walker of Aid Watch, … “…,” he said": the source "according to" names is who a later pronoun is about, unlike
    /// the object of another preposition ("a letter to Tom Walker"), who is passed over.
    /// </summary>
    [Theory]
    [InlineData("According to Tom Walker of Aid Watch, the news is no surprise.", "Tom Walker")]
    [InlineData("Ivo Marsh sent a letter to Tom Walker of Aid Watch.", "Ivo Marsh")]
    public void TheSourceAccordingTo_IsWhoALaterPronounIsAbout(string sentence, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("Aid went to local firms. " + sentence + " “For ten years the aid has gone to business,” he said."));

    /// <summary>
    /// "According to NASA administrator X", "According to Canadian Trade Minister X": an office before the source's name, in lower case
    /// or written in capitals as a title, is no part of the name; the person after it is the source.
    /// </summary>
    [Theory]
    [InlineData("According to agency administrator Ivo Marsh, “With this licence in hand, Quorvin can launch.”")]
    [InlineData("According to Tarvel Trade Minister Ivo Marsh, the tariffs are “a strong message that the rules must be respected.”")]
    [InlineData("The tariffs are “a strong message that the rules must be respected,” said Tarvel Trade Minister Ivo Marsh.")]
    public void AnOfficeBeforeTheSourcesName_InAnyCase(string text) =>
        Assert.Equal("Ivo Marsh", OnlySpeaker("The regulator granted the licence on Monday. " + text));

    /// <summary>
    /// A term in straight marks with a stray space before its close ("a "green corridor " for freight") is a short quotation
    /// closed by that mark, not a quotation that runs on to the paragraph's end over the sentences after it.
    /// </summary>
    [Fact]
    public void AStraySpaceBeforeTheOnlyCloseLeft_StillClosesTheQuotation()
    {
        var a = Run("The port of Tarvel was named a \"green corridor \" by the transport board on Monday. Freight firms will pay lower "
            + "dues for five years, and the board expects traffic through the port to rise by a third before the scheme ends.");
        Assert.DoesNotContain(a.Quotes, q => q.End - q.Start > 20);
    }

    [Fact]
    public void AConnective_IsNeverTheSpeaker()
    {
        var q = Assert.Single(Run("Tarn Ltd denied it. However; ''Harbour Courier'' said that it is \"confident about the story and its sources\".").Quotes);
        Assert.NotEqual("However", q.Speaker);
    }

    /// <summary>
    /// "He further told Channel 4 Radio's Mira Dahl: “…”": an adverb before the verb, and a long audience with digits and a possessive before
    /// the colon, still make the clause before the quotation its introduction.
    /// </summary>
    [Theory]
    [InlineData("He further told Channel 4 Radio's Mira Dahl: “I expect the board will back her quickly.”")]
    [InlineData("He also told the Tarvia Morning Post's business desk on Friday: “I expect the board will back her quickly.”")]
    public void ALongAudienceBeforeAColon_StillIntroducesTheQuotation(string text)
    {
        var quotes = Run("“She knows the ledger,” said Oskar Lindqvist, a former director. " + text
            + " When the vote came in May, Priya Raman, head of the audit panel, said of her: “A steady hand.”").Quotes;
        Assert.Equal(["Oskar Lindqvist", "Oskar Lindqvist", "Priya Raman"], quotes.Select(q => q.Speaker));
    }

    /// <summary>"Daniel Okafor, chair of X released a statement saying “…”": a speech act with "saying" introduces the quotation.</summary>
    [Fact]
    public void ASpeechActWithSaying_IntroducesTheQuotation()
    {
        var quotes = Run("Lena Vogt of Greyline Analytics told the Courier, “Nobody expected this.”\n\n"
            + "Daniel Okafor, board chairperson for Portside Lending released a statement saying “The board has full confidence in the new chair.”").Quotes;
        Assert.Equal(["Lena Vogt", "Daniel Okafor"], quotes.Select(q => q.Speaker));
    }

    /// <summary>"…, with Ana Roe saying “…”, according to the Harlow Post": the participle names the speaker, the paper the source.</summary>
    [Fact]
    public void ANameWithAParticiple_SpeaksBeforeAPaperAccordingToWhich()
    {
        var quotes = Run("Sales fell in May, with Ana Roe saying \"It is a blow,\" according to the Harlow Post.").Quotes;
        Assert.Equal(["Ana Roe"], quotes.Select(q => q.Speaker));
    }

    /// <summary>
    /// "the bank insisted" is the organisation named before that is a bank, never a newspaper named as the audience ("told the Daily
    /// Ledger"); when the article names no such organisation the speaker is unnamed, not the previous one.
    /// </summary>
    [Theory]
    [InlineData("Portside Lending named a chair. Mateo Ruiz told the Daily Ledger: “We were never consulted.” ", "Portside Lending")]
    [InlineData("Mateo Ruiz told the Daily Ledger: “We were never consulted.” ", "")]
    public void ADescriptorSpeaker_IsAnOrganisationOfItsKind_OrNoOne(string lead, string speaker)
    {
        var quotes = Run(lead + "The bank insisted it was “on course for a record year and fully funded”.").Quotes;
        Assert.Equal(speaker, quotes[^1].Speaker);
    }

    /// <summary>"Whilst conceding that “…”, it stated …": a subordinating conjunction that opens the sentence is no speaker's name.</summary>
    [Theory]
    [InlineData("Whilst")]
    [InlineData("Whereas")]
    [InlineData("Unless")]
    public void ASubordinatingConjunction_IsNoSpeaker(string opener)
    {
        var quotes = Run("Tarvia Ports Ltd closed a berth on Monday. " + opener + " conceding that “costs have risen sharply this year”, it stated "
            + "that it was closing more, and that it was “absolutely the right thing to do”.").Quotes;
        Assert.Equal(["Tarvia Ports Ltd", "Tarvia Ports Ltd"], quotes.Select(q => q.Speaker));
    }

    /// <summary>"A lawyer for several families said …, saying “…”": a description with a lower-case tail after its preposition names no one.</summary>
    [Fact]
    public void AnUnnamedSubjectWithAPrepositionalTail_SpeaksUnnamed()
    {
        var quotes = Run("Joanna Pell said: “We want to know what happened.” A lawyer for several families said some had yet to accept "
            + "the loss, saying “There has been no burial and no goodbye.”").Quotes;
        Assert.Equal(["Joanna Pell", ""], quotes.Select(q => q.Speaker));
        Assert.Equal("quotes.unnamed-speaker", quotes[1].Rule);
    }

    /// <summary>"People claimed …", "Residents also said …": a plural for a group of people alone as the subject names no one; a surname shaped
    /// like a plural still names its person.</summary>
    [Theory]
    [InlineData("People claimed the crew had ignored the alarm “for nearly an hour on the night”.", "")]
    [InlineData("Residents also said the crew had ignored the alarm “for nearly an hour on the night”.", "")]
    [InlineData("Peters said the crew had ignored the alarm “for nearly an hour on the night”.", "Ann Peters")]
    public void APluralForAGroupOfPeople_AsTheSubject_IsNoName(string text, string speaker)
    {
        var quotes = Run("Ann Peters runs the ferry line. “We want answers,” said Joanna Pell. " + text).Quotes;
        Assert.Equal(speaker, quotes[^1].Speaker);
    }

    /// <summary>
    /// "X claimed A “…”, and one passenger said B “…”": a reporting verb after another quotation of the sentence, in a clause with its own
    /// subject, reports the later quotation; a verb that shares the first clause's subject ("…, and said B “…”") does not.
    /// </summary>
    [Theory]
    [InlineData("Joanna Pell claimed the crew had ignored the alarm “for an hour”, and one passenger said the boats were “never lowered at all”.", "")]
    [InlineData("Joanna Pell claimed the crew had ignored the alarm “for an hour”, and said the boats were “never lowered at all”.", "Joanna Pell")]
    public void AVerbAfterAnotherQuotationOfTheSentence_ReportsTheLaterOne(string text, string speaker) =>
        Assert.Equal(speaker, Run("The ferry sank on Tuesday. " + text).Quotes[^1].Speaker);

    /// <summary>"according to US court documents": a name that only qualifies a document is no speaker unless it is an organisation.</summary>
    [Fact]
    public void ANameThatQualifiesADocument_IsNotTheSpeaker()
    {
        var q = Run("The ferry sank on Tuesday. Its chief executive wants to “fight every claim”, according to US court documents.").Quotes[^1];
        Assert.Equal(("", "quotes.according-to.document-unnamed"), (q.Speaker, q.Rule));
        // with a reporting verb of its own the role speaks, still unnamed
        Assert.Equal("", Run("The ferry sank on Tuesday. Its chief executive vowed to “fight every claim”, according to US court documents.")
            .Quotes[^1].Speaker);
    }

    /// <summary>"Alex Tarvel, manager for the UK, Ireland and the Nordics, said:": an apposition that ends in a list is still one apposition.</summary>
    [Theory]
    [InlineData("Alex Tarvel, Harrow Outdoor's regional manager for the UK, Ireland and the Nordics, said: “We repair what we sell.”", "Alex Tarvel")]
    [InlineData("Alex Tarvel, the minister for Trade, Industry, Energy and Skills, said: “We repair what we sell.”", "Alex Tarvel")]
    public void AnAppositionEndingInAList_IsOneApposition(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("The shop opened on Monday. " + text));

    /// <summary>"“…,” Harlow said" after "Rustom Harlow" and "Harlow Motors": a lone word that is a named person's surname is that person.</summary>
    [Fact]
    public void ASurnameThatIsAlsoACompanysName_SpeaksAsThePerson()
    {
        var quotes = Run("Harlow Motors showed its cheapest car on Thursday in Pune. “We offer a new kind of transport,” said the chairman of "
            + "the carmaker, Rustom Harlow. “From the first drawing to the launch, the car overcame many problems,” Harlow said.").Quotes;
        Assert.Equal(["Rustom Harlow", "Rustom Harlow"], quotes.Select(q => q.Speaker));
    }

    /// <summary>"said German economy minister Rainer Holt", "said Republican senator Ana Ruiz", "noted Ohio-based lawyer Tobin Varsk": a capitalised
    /// word before the lower-case role is part of the role, not the speaker.</summary>
    [Theory]
    [InlineData("“The behaviour of the group is unacceptable,” said German economy minister Rainer Holt.", "Rainer Holt")]
    [InlineData("“The behaviour of the group is unacceptable,” said Republican state senator Ana Ruiz.", "Ana Ruiz")]
    [InlineData("“The ruling will cost sellers dearly,” noted Ohio-based liability lawyer Tobin Varsk in an interview.", "Tobin Varsk")]
    public void ACapitalisedWordBeforeALowerCaseRole_IsPartOfTheRole(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("The carmaker dropped the sale. " + text));

    /// <summary>"“…,” Marcus Dell's statement reads": the owner of the document the quotation is read from speaks.</summary>
    [Theory]
    [InlineData("“What I did was foolish, a silly idea that went too far,” Marcus Dell's statement reads.", "Marcus Dell")]
    [InlineData("“We will not be intimidated by anyone,” Tarvia Grocers' statement said.", "Tarvia Grocers")]
    public void TheOwnerOfTheDocumentAfterTheQuotation_Speaks(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("A trader held in Lisbon has apologised to Tarvia Grocers. " + text));

    /// <summary>"“…,” explained Harlow. Jeremy Batts, an analyst, said …": the speaker's name ends at the full stop; the next sentence's
    /// person does not speak the quotation.</summary>
    [Theory]
    [InlineData("explained Harlow. Jeremy Batts, an analyst with Kessel Securities, said investors were wary.", "Harlow Foods")]
    [InlineData("said Quorvey in an interview. Jones told reporters the owner was fed up.", "Wendi Quorvey")]
    public void ASpeakersNameEndsAtTheFullStop(string after, string speaker)
    {
        var quotes = Run("Harlow Foods is selling its diners, manager Wendi Quorvey and accountant Ana Jones said. "
            + "“The final value will change with our share price,” " + after).Quotes;
        Assert.Equal(speaker, quotes[0].Speaker);
    }

    /// <summary>"X criticised the rules, writing that “…”": more participles of reporting after a comma speak for the clause's subject, and
    /// neither a connective nor a medium after a preposition ("In a post on Twitter") is that subject.</summary>
    [Theory]
    [InlineData("Lena Marsh criticised the rules, writing that “the certificate system has isolated web users for years.”")]
    [InlineData("Conversely, Lena Marsh questioned the rules, stating, “The certificate system has isolated web users for years.”")]
    [InlineData("In a post on Twitter, developer Lena Marsh criticised the rules, writing, “The certificate system has isolated web users.”")]
    public void AParticipleOfReporting_SpeaksForTheClausesSubject(string text) =>
        Assert.Equal("Lena Marsh", Run("Tom Reyes praised the new law on Monday. " + text).Quotes[^1].Speaker);

    /// <summary>"the budget, which he describes as a “…”": a characterising verb with a pronoun or a name right before it as its subject is no
    /// passive, and that name speaks ("in what host Jane Roe described as “…”"); "described as
    /// “…”" alone still is, and a quantifier ("More than 30 people …") is no name.</summary>
    [Theory]
    [InlineData("Oskar Lindqvist revealed the budget, which he describes as a “responsible budget to secure stability in uncertain times.”", "Oskar Lindqvist")]
    [InlineData("More than 30 people occupied the lobby in what they described as a “peaceful sit-in for the whole night”.", "")]
    [InlineData("Oskar Lindqvist lost the vote in what host Marit Solberg described as “the closest count we have had in years.”", "Marit Solberg")]
    [InlineData("The levy was withdrawn, a step Oskar Lindqvist dismissed as “far too little and far too late.”", "Oskar Lindqvist")]
    public void ACharacterisingVerbAfterAPronoun_HasItsSpeaker(string text, string speaker)
    {
        var quotes = Run("Spending will rise next year. " + text).Quotes;
        Assert.Equal(speaker, quotes.Count == 0 ? "" : quotes[^1].Speaker);
    }

    /// <summary>"Afterwards, X announced …, saying: “…”", "But X added, “…”": a sentence adverb or connective that opens the sentence is no
    /// speaker nor part of one; the name after it is.</summary>
    [Theory]
    [InlineData("Afterwards, Kvitova-Ruhle announced she would give part of her prize money away, saying: “It is hard to watch this every day.”")]
    [InlineData("Subsequently, Kvitova-Ruhle told the crowd: “It is hard to watch this every day.”")]
    [InlineData("But Kvitova-Ruhle, who sits on the council, added, “It is hard to watch this every day.”")]
    public void AnOpeningSentenceAdverb_IsNoSpeaker(string text) =>
        Assert.Equal("Kvitova-Ruhle", OnlySpeaker("The final was held on Monday. " + text));

    /// <summary>"While X has stated that …, the union … called it a “…”": after an opening subordinate clause, the main clause's subject
    /// speaks; a capitalised modifier before a plural of people ("Aviation analysts called it") names no one.</summary>
    [Theory]
    [InlineData("While Reyes has stated that he had strong support, the Harbour Workers Union spoke out and called it a “mean attempt to push out the poor.”",
        "Harbour Workers Union")]
    [InlineData("While the plan was debated, Ana Lupe stated that she had “never seen such anger in the chamber”.", "Ana Lupe")]
    [InlineData("While Ana Lupe said the plan was “a disgrace to the whole house”, others stayed silent.", "Ana Lupe")]
    [InlineData("Aviation analysts called it the “end of an era for the jumbo jet,” as airlines moved on.", "")]
    [InlineData("If Reyes ever read the report, Ana Lupe would be surprised, telling reporters, “He has never opened a file.”", "Ana Lupe")]
    [InlineData("When Ana Lupe, the chair, heard of it, Tom Reyes was furious, saying it was “a betrayal of the members”.", "Tom Reyes")]
    public void AfterAnOpeningSubordinateClause_TheMainClausesSubjectSpeaks(string text, string speaker) =>
        Assert.Equal(speaker, Run("Tom Reyes proposed paying claimants to retrain. Ana Lupe chairs the house. " + text).Quotes[^1].Speaker);

    /// <summary>"was reported as saying", "went on to say:", "had this to say": phrases of reporting like "was quoted as saying".</summary>
    [Theory]
    [InlineData("Ms Pell was reported as saying, “I am sticking to the platform we agreed.”", "Joanna Pell")]
    [InlineData("She went on to say: “We must stay the course and avoid any loss of momentum.”", "Joanna Pell")]
    [InlineData("Dan Moller, senior economist for the committee, had this to say on the issue, “Few of us are familiar with it.”", "Dan Moller")]
    public void PhrasesOfReporting_IntroduceTheQuotation(string text, string speaker) =>
        Assert.Equal(speaker, Run("Joanna Pell, the Tarvian finance minister, backed the plan. The Harbour Authority said it would comply. "
            + text).Quotes[^1].Speaker);

    /// <summary>"State treasurer X told …", "the commissioner said": more offices read as roles.</summary>
    [Fact]
    public void ATreasurerOrACommissioner_IsARole()
    {
        var quotes = Run("State treasurer Ana Lupe told reporters there would be new limits. “Growth is not set by policy,” the treasurer said.").Quotes;
        Assert.Equal("Ana Lupe", Assert.Single(quotes).Speaker);
    }

    /// <summary>
    /// A quotation inside a sentence whose own words before it open with another subject ("A rebate is defined as “…”",
    /// "The Tarvian blog cited …") is not carried over to the speaker of an earlier sentence; one whose sentence opens with a
    /// pronoun, a definite description ("The company described …") or names that speaker still is; a reporting clause whose
    /// subject is brought in by "a", "one" or "another" is someone new ("one trader told them"), unless it is a document, and so is
    /// a definite description that names another body ("The premier of the Tarvian state of North Harlow remarked"), or a body
    /// after a person's words ("The union remarked"; not "The union leader").
    /// </summary>
    [Theory]
    [InlineData("A qualifying rebate is defined as “any refund paid by a seller within a year of the purchase.”", "")]
    [InlineData("Voters across the region rallied behind “a fair deal for the harbour towns and their people.”", "")]
    [InlineData("She also described the levy as “a burden the harbour towns cannot carry much longer.”", "Ines Albrecht")]
    [InlineData("The regulator later warned that “these costs will fall on the smallest firms first.”", "Ines Albrecht")]
    [InlineData("Albrecht closed with a warning that “no firm should expect another extension.”", "Ines Albrecht")]
    [InlineData("Meanwhile, one trader told them “nobody here expected the rules to stay.”", "")]
    [InlineData("The premier of the Tarvian state of North Harlow remarked that “the region would fight the closure.”", "")]
    [InlineData("The largest union, meanwhile, remarked that its members were “ready to strike next week.”", "")]
    [InlineData("The union leader also remarked that its members were “ready to strike next week.”", "Ines Albrecht")]
    [InlineData("Another post, by a reader of the site, stated: “The levy will close my shop.”", "")]
    public void AQuotationLedByAnotherSubject_IsNotCarriedOver(string text, string speaker) =>
        Assert.Equal(speaker, Run("Ines Albrecht, who chairs the regulator, spoke on Monday. “The rules stay as they are,” she said. " + text)
            .Quotes[^1].Speaker);

    /// <summary>"X likened the sell-off to “…”", "X compared it to “…”": a verb of comparison attributes the quotation after "to".</summary>
    [Theory]
    [InlineData("Analyst Priya Castellan likened the sell-off to “a fire drill that nobody remembered was planned.”")]
    [InlineData("Priya Castellan compared the rally to a “sugar rush” and expected it to fade.")]
    public void AVerbOfComparisonBeforeTo_AttributesTheQuotation(string text) =>
        Assert.Equal("Priya Castellan", OnlySpeaker("Shares of Varnell Logistics fell on Monday. " + text));

    /// <summary>
    /// "“… a bigger base.” Figures out in March, Dana Whitcombe wrote, “show …”": a verb in the next sentence that introduces a
    /// quotation of its own does not report the quotation before it.
    /// </summary>
    [Fact]
    public void AVerbIntroducingTheNextQuotation_DoesNotReportThePreviousOne()
    {
        var quotes = Run("Robin Ashdown, a spokesperson for the Recorded Music Council, agreed that sales had dipped. "
            + "\"The streaming market is still expanding,\" they said. \"But the pace is slower than it was, even if the base is bigger.\" "
            + "Figures published in March, Ashdown's colleague Dana Whitcombe wrote, \"show that disc sales fell while downloads barely grew.\"").Quotes;
        Assert.Equal(new[] { "Robin Ashdown", "Robin Ashdown", "Dana Whitcombe" }, quotes.Select(q => q.Speaker));
    }

    /// <summary>
    /// "after Governor Ortiz's call to “…”", "In Dr. Vance’s words, “…”": a noun for what someone said after a possessive name makes the
    /// quotation that person's words, whoever reports it; "Y called X's claims “…”" is Y's word for them.
    /// </summary>
    [Theory]
    [InlineData("The theme of the fair was renewal, after Governor Lena Ortiz's call to “start over on the work of building the state”.", "Lena Ortiz")]
    [InlineData("In Dr. Lena Ortiz’s words, “Nobody expected the threshold to move so quickly in a single season.”", "Lena Ortiz")]
    [InlineData("A spokesperson for the lender, Omar Petrossian, has called Lena Ortiz's claims “misleading and careless in every respect.”", "Omar Petrossian")]
    public void ANounForWhatSomeoneSaid_AfterAPossessiveName_GivesTheSpeaker(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("Makers and planners gathered in the hall on Sunday. " + text));

    /// <summary>"In a statement, X expressed its regret: “…”": a sentence that names the document opens with the author of the words after the colon.</summary>
    [Theory]
    [InlineData("In a statement the Tarnwell Trust expressed its sorrow at the news: “He served the valley for thirty years.”", "Tarnwell Trust")]
    [InlineData("In an e-mail to staff, Mina Okafor set out the plan: “We will open two more depots before the winter.”", "Mina Okafor")]
    public void AColonAfterASentenceNamingADocument_GivesTheQuotationToItsSubject(string text, string speaker) =>
        Assert.Equal(speaker, OnlySpeaker("The depot in Harlow closed on Friday. " + text));

    /// <summary>"When asked about Harlow's exit, Estevez said … He added, “…”": a name in an opening subordinate clause is not the subject "he" points back to.</summary>
    [Theory]
    [InlineData("When asked to comment on Senator Harlow's retirement, Governor Paul Estevez praised him. He later stated, “The chamber will miss his humour.”")]
    [InlineData("Although Harlow did not speak at the dinner, Paul Estevez used his toast to thank the staff. “It is a fine day for all of us,” he said.")]
    [InlineData("In 2019, as Harlow's campaign faltered, Paul Estevez left the party. “It was time to go,” he told a local paper.")]
    [InlineData("But when Harlow stood down, Paul Estevez stayed on. “Someone had to mind the shop,” he said.")]
    public void APronoun_PointsToTheMainClausesSubject_NotANameInAnOpeningClause(string text) =>
        Assert.Equal("Paul Estevez", Run("Senator Tom Harlow announced his retirement on Monday. " + text).Quotes[^1].Speaker);

    /// <summary>"The chief economist for X, Y, also commented on the figures. “…”": a role with its organisation before its holder opens the sentence whose subject speaks on.</summary>
    [Theory]
    [InlineData("The chief economist for the engineering body Makewell, Dana Oyelaran, also commented on the figures.")]
    [InlineData("The research director at Makewell Engineering Group, Dana Oyelaran, also commented on the figures.")]
    public void ARoleWithItsOrganisation_BeforeTheHolder_OpensTheSentenceWhoseSubjectSpeaksOn(string sentence) =>
        Assert.Equal("Dana Oyelaran", Run("Factory output rose in May. “The figures show a firm start,” said Tom Reyes of the Harbour Chamber. " + sentence
            + " “Whilst the data confirm growth, they raise questions about how long the rebound lasts.”").Quotes[^1].Speaker);

    /// <summary>"CEO of Tarnwell, Gareth Hollis, said", "a member of the TTU, Gareth Hollis, told": an office in the organisation, or any
    /// lower-case word for a person's place in it, then the person in apposition, speaks.</summary>
    [Theory]
    [InlineData("CEO of Tarnwell, Gareth Hollis, said, “Brisklink will soon offer a full range of fibre products.”")]
    [InlineData("The managing director at Tarnwell, Gareth Hollis, said: “We expect a strong second half for the group.”")]
    [InlineData("A member of the TTU, Gareth Hollis, told Harbour Radio: “We expect a strong second half for the group.”")]
    [InlineData("A lawyer for the TTU, Gareth Hollis, said: “We expect the appeal to be heard within the year.”")]
    [InlineData("Shadow Secretary to the Treasury, Gareth Hollis, said the plans were “panicky and unfunded”.")]
    public void AnOfficeOfTheOrganisation_ThenItsHolder_Speaks(string text) =>
        Assert.Equal("Gareth Hollis", OnlySpeaker("Revenue at Tarnwell Telecom rose 9% in the year. " + text));

    /// <summary>"… he also attacked Paul Brenner. He was quoted as saying": a name after the same pronoun as its sentence's subject is an object.</summary>
    [Fact]
    public void APronoun_SkipsTheObjectOfASentenceWhoseSubjectIsTheSamePronoun()
    {
        var quotes = Run("The new adviser Marco Sandri spoke to a reporter on Thursday night. In the same call he also attacked senior strategist "
            + "Paul Brenner. He was quoted as saying, “I am not here to build my own brand, unlike some people.”").Quotes;
        Assert.Equal("Marco Sandri", Assert.Single(quotes).Speaker);
    }

    /// <summary>"The newly elected governor said": a participle of taking office before the role keeps it a role.</summary>
    [Fact]
    public void ARoleAfterNewlyElected_IsStillARole()
    {
        var quotes = Run("The reply to the speech came from the governor of the state of Tarvia, Bob Kendall. He said the plan cost too much. "
            + "The newly elected governor said, “What government should not do is pile on more rules that kill jobs.”").Quotes;
        Assert.Equal("Bob Kendall", Assert.Single(quotes).Speaker);
    }

    /// <summary>
    /// "said the families in a joint statement", "the residents said": "the" and a plural for a group of people names no one, and
    /// does not carry the speaker before on; "the analysts wrote" is left to the firm the text named.
    /// </summary>
    [Theory]
    [InlineData("“We believe the crash was avoidable and those responsible should answer for it,” said the families in a joint statement.")]
    [InlineData("“Nobody asked us before the cranes arrived on the street,” the local residents said.")]
    public void ThePluralOfAGroupOfPeople_NamesNoSpeaker(string text)
    {
        var quotes = Run("The airline denied any fault. “We followed every rule,” said chief executive Omar Haddad. " + text).Quotes;
        Assert.Equal(new[] { "Omar Haddad", "" }, quotes.Select(q => q.Speaker));
    }

    /// <summary>
    /// "… Shaye said that he would not work with Jackson again. “Q1.” “Q2,” Mr Shaye said.": a quoted sentence that only carried a speaker
    /// over, followed by nothing but a quotation whose clause names its speaker, is that speaker's; not right after another speaker's
    /// quotation and reporting clause.
    /// </summary>
    [Fact]
    public void AQuotedSentenceBeforeAnotherWithItsSpeaker_IsThatSpeakers()
    {
        var quotes = Run("“We do not see why the studio took this line,” Mr Ellery said. In a radio interview, Dora Quint, the studio's chair, said "
            + "the studio would not work with Mr Ellery again. “I will not make a film with someone who is suing me.” “It will never happen "
            + "while I am here,” Ms Quint said.").Quotes;
        Assert.Equal("Dora Quint", quotes[1].Speaker);
        var kept = Run("“The rules stay as they are,” said Ines Albrecht, who chairs the regulator. “We will not bend.” “Nor should she,” "
            + "said Omar Petrossian.").Quotes;
        Assert.Equal("Ines Albrecht", kept[1].Speaker);
    }

    /// <summary>
    /// "He was also critical of officials who treat “…”": a quotation in a sentence that opens with "he" or "she" and reports nothing is
    /// the words of the person the pronoun points back to, when that person was named after the speaker of the quotation before.
    /// </summary>
    [Fact]
    public void APronounSubject_WithoutAReportingVerb_IsThePersonItPointsBackTo()
    {
        var quotes = Run("“We welcome the talks,” said Foreign Minister Rhea Volkov at the summit.\n\nPresident Omar Haddad spoke next. "
            + "Calling for a crackdown on graft, he condemned the back-tax bills. He was also critical of officials who treat "
            + "“state service as some kind of private business”.").Quotes;
        Assert.Equal(("Omar Haddad", "quotes.sentence.pronoun-subject"), (quotes[^1].Speaker, quotes[^1].Rule));
    }

    /// <summary>"The Courier reported X as saying “…”", "She reports X as saying after the closure: “…”", "“…,” the paper cited X as saying".</summary>
    [Theory]
    [InlineData("The Courier reported joint administrator Tomas Lindqvist as saying “We will explore a break-up of the business.”")]
    [InlineData("Editor Nadia Perez reports Tomas Lindqvist as saying after the closure was announced: “I never thought it would end like this.”")]
    [InlineData("“We will talk to anyone who is interested in the plant,” the Courier cited Tomas Lindqvist as saying.")]
    public void ASourceReportingOrCitingSomeoneAsSaying_GivesThatPerson(string text) =>
        Assert.Equal("Tomas Lindqvist", OnlySpeaker("The carmaker shut its plant on Monday. " + text));

    /// <summary>"“…,” according to its website": a document of the organisation "its" points back to is that organisation's words.</summary>
    [Fact]
    public void AccordingToItsDocument_IsTheOrganisationsWords()
    {
        var quotes = Run("Tarnwell Telecom emerged from bankruptcy on Monday. While cutting back at home, Tarnwell Telecom has expanded into "
            + "“more than sixty new markets abroad,” according to its website.").Quotes;
        Assert.Equal(("Tarnwell Telecom", "quotes.according-to.its-document"), (Assert.Single(quotes).Speaker, quotes[0].Rule));
    }

    /// <summary>"The agency blamed policy, with researcher X saying “…”": the person "with" names before the participle speaks, not the clause's subject.</summary>
    [Theory]
    [InlineData("The agency said policy was to blame, with researcher Juhani Lehtonen saying “a sixth of the rise came from higher taxes.”")]
    [InlineData("The union claimed a million workers had joined, with General Secretary Juhani Lehtonen saying “this show of strength took the councils by surprise”.")]
    [InlineData("The bank said it would sell the unit, with Juhani Lehtonen, its head of strategy, saying that “the fit was never right.”")]
    [InlineData("Prices fell again in June, with Juhani Lehtonen, an economist at Quellmark, adding: “Shops are cutting to clear stock.”")]
    public void WithANameAndAParticiple_ThatNameSpeaks(string text) =>
        Assert.Equal("Juhani Lehtonen", OnlySpeaker("Inflation in Tarvia rose to 4% in May. " + text));

    /// <summary>"X sided with Y, the chair, saying “…”": "with" after a verb takes an object, and the participle is the subject's.</summary>
    [Fact]
    public void WithAfterAVerbAndAnAppositive_TheSubjectSpeaks() =>
        Assert.Equal("Ana Roe", OnlySpeaker("Inflation in Tarvia rose to 4% in May. Senator Ana Roe sided with Juhani Lehtonen, the bank's governor, "
            + "saying “rates must stay where they are.”"));

    /// <summary>"X clarified that …“…”", "X indicated that …“…”", "“…,” she shared with the Times", "“…,” X penned": verbs of stating that
    /// report the quotation in their clause.</summary>
    [Theory]
    [InlineData("Spokeswoman Carla Benn, however, clarified that the team was “in talks with the regulator and close to a permit.”")]
    [InlineData("Carla Benn indicated that the update suits people who want “an easy way to set their own volume limit.”")]
    [InlineData("Ferry fares will rise, says harbour master Carla Benn. “Fuel has doubled in price since the spring,” she shared with the Harbour Times.")]
    [InlineData("“The change will not reach every school this year,” Carla Benn penned in a letter to parents.")]
    public void ClarifiedOrIndicated_ReportTheQuotation(string text) =>
        Assert.Equal("Carla Benn", OnlySpeaker("The flying car must be licensed before its trip. " + text));

    /// <summary>"X, an analyst at Y, was quoted by the Harbour Times as saying: “…”": the subject of the passive speaks, not the paper.</summary>
    [Fact]
    public void ThePassiveQuotedByAsSaying_GivesItsSubject()
    {
        var quotes = Run("Kell Partners reviewed the offer on Monday. Marta Quilling, an analyst at Kell Partners, was quoted by the Harbour Times "
            + "as saying, “The deal undervalues the group by a wide margin.”").Quotes;
        Assert.Equal(("Marta Quilling", "quotes.quoted-as-saying"), (Assert.Single(quotes).Speaker, quotes[0].Rule));
    }

    /// <summary>
    /// "X disagrees, calling the forecasts “…”", "with X calling it an “ambush”": a naming participle reports the quotation for its
    /// clause's subject; "X, a director at the charity said": a person before an apposition the writer left unclosed speaks.
    /// </summary>
    [Theory]
    [InlineData("But chief economist Tom Reyes disagrees, calling the minister's forecasts “mildly hopeful now and far too hopeful later.”")]
    [InlineData("The plan reopened old wounds, with former minister Tom Reyes calling it an “ambush” by his own side.")]
    [InlineData("Tom Reyes, a director at the NGO said “We are still trying to find out how this glitch happened.”")]
    public void ANamingParticipleOrAnUnclosedApposition_GivesTheSpeaker(string text) =>
        Assert.Equal("Tom Reyes", OnlySpeaker("The minister forecast growth of 3.5% next year. " + text));

    /// <summary>"Addressing a conference in Lisbon, the governor said that “…”": after an opening participle, the verb's own clause has the subject.</summary>
    [Fact]
    public void AfterAnOpeningParticiple_TheClausesSubjectSpeaks()
    {
        var quotes = Run("Markets rose on Friday after central bank governor Omar Haddad said the economy was recovering. Addressing a conference in "
            + "Lisbon, the governor said that “the prospects for a return to growth in the near term appear good.”").Quotes;
        Assert.Equal("Omar Haddad", Assert.Single(quotes).Speaker);
    }

    /// <summary>A spokesperson for an organisation, then "he said" or "she said": the organisation's words.</summary>
    [Theory]
    [InlineData("A spokeswoman for Tarnwell Foods defended the move. “We regret the closure, but costs left us no choice,” she said.",
        "Tarnwell Foods")]
    [InlineData("Ivo Marsh, the union's leader, criticised the cuts. A spokesman for Halden Motors replied. “The plant will stay open,” he said.",
        "Halden Motors")]
    [InlineData("Ivo Marsh, the union's leader, criticised the cuts. A spokeswoman for Halden Motors replied. “We will not back down,” he said.",
        "Ivo Marsh")]
    [InlineData("Shares fell. Ana Roe, a spokeswoman for Halden Motors, said the plant would stay open. “We will not back down,” she said.",
        "Ana Roe")]
    [InlineData("Ivo Marsh died on Sunday. A spokeswoman from Harlow Police issued a statement confirming Marsh's death. She said “Officers were "
        + "called to the river at noon.”", "Harlow Police")]
    public void APronounAfterASpokespersonForAnOrganisation_IsThatOrganisation(string text, string speaker) =>
        Assert.Equal(speaker, Run(text).Quotes[^1].Speaker);

    /// <summary>A body after "to" in the reporting clause is addressed or served, not the speaker; the same body as subject speaks.</summary>
    [Fact]
    public void ABodyAfterTo_InTheReportingClause_IsNotTheSpeaker()
    {
        Assert.Equal("", OnlySpeaker("Quorvin Holdings posted a loss. The Tarvian mission to Quorvin Holdings called the results “deeply worrying” on Friday."));
        Assert.Equal("Quorvin Holdings", OnlySpeaker("Quorvin Holdings posted a loss. Quorvin Holdings called the results “deeply worrying” on Friday."));
    }

    /// <summary>A sentence whose subject "spells out", "reflects" or "confides" introduces the quotation of the next paragraph.</summary>
    [Theory]
    [InlineData("spells out")]
    [InlineData("reflects on")]
    [InlineData("confides")]
    public void APhrasalOrReflectiveReportingVerb_IntroducesTheNextParagraphsQuotation(string verb) =>
        Assert.Equal("Ada Quarles", OnlySpeaker("Ada Quarles has written a new book about the port.\n\nIn a cafe near the harbour, Quarles "
            + verb + " why she chose the title.\n\n“I like the word harbour because it means shelter. It is hidden but present.”"));

    /// <summary>A title in quotation marks inside the description of the speaker after a quotation does not hide the speaker.</summary>
    [Fact]
    public void ATitleInMarks_InsideTheSpeakersDescription_KeepsTheSpeaker() =>
        Assert.Equal("Ivo Marsh", OnlySpeaker("Ivo Marsh has starred in two series.\n\nHis wife posted a clip of the scan.\n\n"
            + "\"Hearing the news was something we never take for granted,\" the \"Tarn Bay\" actor previously said on \"Tarn Live.\""));

    /// <summary>
    /// A speaker goes by the name the article writes, as fully as it writes it: a company's short name, not the gazetteer's legal name
    /// (the entity id still leads to it); the longest of its forms; a person's name with the middle initial the article gives, but not a
    /// surname alone for a canonical full name.
    /// </summary>
    [Theory]
    [InlineData("“Orders are strong,” Siemens said.", "Siemens")]
    [InlineData("Facebook Inc. posted its results. “Growth is slowing,” Facebook said.", "Facebook Inc.")]
    [InlineData("“Rates will stay where they are,” said Jerome H. Powell.", "Jerome H. Powell")]
    [InlineData("Jerome Powell spoke on Tuesday. “Rates will stay where they are,” Powell said.", "Jerome Powell")]
    [InlineData("Powell spoke on Tuesday. “Rates will stay where they are,” Powell said.", "Jerome Powell")]
    public void TheSpeaker_IsNamedAsTheArticleWritesTheName(string text, string speaker)
    {
        var article = Run(text);
        var quote = article.Quotes[^1];
        Assert.Equal(speaker, quote.Speaker);
        Assert.Contains(article.Entities, e => e.EntityId == quote.SpeakerEntityId);
    }

    /// <summary>
    /// A quotation after a sentence that opens with a person takes that person as its speaker even when the sentence holds a word in
    /// marks (a rating, a term) or names someone in the clause its verb reports; a name the sentence's verb does not report still
    /// leaves the quotation to the speaker before.
    /// </summary>
    [Theory]
    [InlineData("Ana Roe cut her rating to “hold” and turned to the chain’s margins. “Costs will keep rising for years to come.”", "Ana Roe")]
    [InlineData("Ana Roe, the party’s leader, said that the whole party had quit over Ivo Marsh’s sacking. “We will not serve under him again.”",
        "Ana Roe")]
    [InlineData("Ana Roe told reporters on Monday that Ivo Marsh had been treated unfairly. “We will not serve under him again.”", "Ana Roe")]
    public void TheSubjectOfTheSentenceBefore_SpeaksPastAScareQuoteAndAReportedName(string text, string speaker)
    {
        var a = Run(text);
        Assert.Equal((speaker, "quotes.previous-sentence.subject"), (a.Quotes[^1].Speaker, a.Quotes[^1].Rule));
    }

    [Fact]
    public void ANameTheVerbDoesNotReport_StillLeavesTheQuotationToTheSpeakerBefore()
    {
        var a = Run("“The deal is done,” said Ivo Marsh. Tarvel interjected and turned to Ana Roe’s record. “The deal cost us a year.”");
        Assert.NotEqual("quotes.previous-sentence.subject", a.Quotes[^1].Rule);
    }

    /// <summary>
    /// A statement, message or note the speaker made, posted or left, with where it was made, introduces the words after it:
    /// "posted a message on its website which reads, “…”", "left a note on the forum, saying “…”".
    /// </summary>
    [Theory]
    [InlineData("Users could not sign in. Tarvel Telecom initially left a message on its website and social media which reads, “A few of you "
        + "cannot sign in. We are on it.”")]
    [InlineData("Users could not sign in. Tarvel Telecom later posted a note on the support forum, saying: “A few of you cannot sign in.”")]
    [InlineData("Users could not sign in. Tarvel Telecom published a notice on its home page that says: “A few of you cannot sign in.”")]
    [InlineData("Users could not sign in. Tarvel Telecom posted a message which reads: “A few of you cannot sign in.”")]
    public void AStatementPostedSomewhere_IntroducesItsWords(string text) =>
        Assert.Equal("Tarvel Telecom", OnlySpeaker(text));
}

