using FinExtract.Scraping;

namespace FinExtract.Tests.Scraping;

/// <summary>Pages in any script, and the language of their text (texts written for these tests).</summary>
public class ScriptsTests
{
    [Fact]
    public void AChineseArticle_IsAnArticle_ItsSentencesAndParagraphsKept()
    {
        string p1 = "央行周四宣布维持基准利率不变，符合市场预期。分析人士认为，通胀压力有所缓解，但经济复苏仍不均衡。";
        string p2 = "该行在声明中表示，将继续密切关注国内外经济形势的变化，并适时调整货币政策，以保持金融市场的稳定运行。";
        string p3 = "消息公布后，股市小幅上涨，债券收益率略有下降。投资者普遍预计，今年晚些时候可能会有进一步的宽松措施。";
        var a = ScrapeHelper.Scrape($"<html><head><title>央行维持利率不变</title></head><body><nav><a href=\"/\">首页</a></nav><article><h1>央行维持利率不变</h1><p>{p1}</p><p>{p2}</p><p>{p3}</p></article></body></html>");
        Assert.Contains(p1, a.Body);
        Assert.Contains(p3, a.Body);
        Assert.DoesNotContain("首页", a.Body);
        Assert.Equal("zh", a.Metadata.Language.Value);
        Assert.Equal("text", a.Metadata.Language.SourceName);
    }

    [Theory]
    [InlineData("hi", "रिज़र्व बैंक ने गुरुवार को ब्याज दरों में कोई बदलाव नहीं किया। बाज़ार को इसी फ़ैसले की उम्मीद थी।",
        "विश्लेषकों का कहना है कि महँगाई में कमी आई है, लेकिन आर्थिक विकास की रफ़्तार अब भी धीमी बनी हुई है।")]
    [InlineData("ar", "أبقى البنك المركزي أسعار الفائدة دون تغيير يوم الخميس، وهو قرار كانت الأسواق تتوقعه منذ أسابيع.",
        "ويتساءل المحللون عن موعد الخفض الأول للفائدة بعد تراجع التضخم في الأشهر الأخيرة، فهل يأتي قبل نهاية العام؟")]
    public void SentencesThatEndInTheirScriptsOwnStop_AreRunningText(string lang, string first, string second)
    {
        string page = $"<html lang=\"{lang}\"><body><nav><a href=\"/\">Home</a></nav><article><h1>Rates</h1><p>{first}</p><p>{second}</p></article></body></html>";
        var a = ScrapeHelper.Scrape(page);
        Assert.Contains(second, a.Body);
        Assert.DoesNotContain("Home", a.Body);
    }

    [Theory]
    [InlineData("« Nous ne baisserons pas les taux cette année »", true)]
    [InlineData("Er sagte: „Wir senken die Zinsen nicht.“", true)]
    [InlineData("Read more »", false)]
    [InlineData("Diashow starten »", false)]
    [InlineData("Weiter “", false)]
    public void AClosingQuoteEndsASentence_OnlyAfterItsOpeningMark(string text, bool ends) =>
        Assert.Equal(ends, TextMeasure.EndsSentenceAt(text, text.Length - 1));

    [Theory]
    [InlineData("Die Zentralbank hat am Donnerstag die Zinsen nicht verändert, und die Märkte reagierten mit Erleichterung auf die Entscheidung. Es ist die dritte Pause in Folge, die von den Analysten erwartet wurde, auch weil sich die Inflation abschwächt und die Wirtschaft auf einen Abschwung zusteuert.", "de")]
    [InlineData("La banque centrale a maintenu ses taux jeudi, une décision attendue par les marchés. Les analystes estiment que l'inflation est en recul et que la croissance ralentit dans la zone euro, ce qui pèse sur les perspectives pour les banques qui ont été prudentes avec leurs prêts.", "fr")]
    [InlineData("O banco central manteve os juros nesta quinta-feira, uma decisão esperada pelos mercados. Os analistas dizem que a inflação não para de cair e que a economia também perde força, com mais empresas a adiar investimentos e com o crédito mais caro para as famílias.", "pt")]
    [InlineData("The central bank held its rates on Thursday, a decision that was expected by the markets. Analysts said inflation is easing and that growth has slowed, with more companies delaying investment and the cost of credit weighing on households and firms for the rest of this year.", "en")]
    [InlineData("中央銀行は木曜日、政策金利を据え置くと発表した。市場の予想通りの決定で、アナリストはインフレの鈍化を指摘している。今後の金融政策の行方に注目が集まっている。", "ja")]
    [InlineData("Центральный банк в четверг сохранил ставку, что было ожидаемо. Аналитики считают, что инфляция замедляется, и это также было видно по данным, которые были опубликованы на прошлой неделе. Его решение, как и ожидалось, было единогласным, и только один член совета из семи был против.", "ru")]
    [InlineData("Центральний банк у четвер зберіг ставку, що було очікувано. Аналітики вважають, що інфляція сповільнюється, і це також було видно з даних, які були оприлюднені минулого тижня. Його рішення, як і очікувалося, було одностайним, та лише один член ради був проти цього, що від початку року вже траплялося.", "uk")]
    [InlineData("قال البنك المركزي في بيان يوم الخميس إن التضخم تراجع في الأشهر الأخيرة، وهذا ما كان يتوقعه المحللون. وأضاف أن القرار الذي اتخذه المجلس جاء بعد مراجعة البيانات التي نشرت هذا الشهر، مع التركيز على النمو. وقال إنه سيعود إلى المراجعة عن قريب.", "ar")]
    [InlineData("بانک مرکزی روز پنجشنبه اعلام کرد که نرخ بهره را تغییر نمی دهد. این تصمیم از سوی بازارها پیش بینی شده بود و تحلیلگران می گویند که تورم در ماه های اخیر کاهش یافته است. برای بسیاری از شرکت ها این خبر مهم است، زیرا هزینه وام با این نرخ بالا مانده است.", "fa")]
    [InlineData("केंद्रीय बैंक ने गुरुवार को ब्याज दरों में कोई बदलाव नहीं किया है। यह फैसला बाजार की उम्मीद के अनुसार था और विश्लेषकों का कहना है कि महंगाई में कमी आई है। बैंक ने कहा कि वह आने वाले महीनों में भी कीमतों पर नजर रखेगा और जरूरत पड़ने पर कदम उठाएगा।", "hi")]
    [InlineData("Merkez bankası perşembe günü faiz oranını sabit tuttu ve bu karar piyasalar tarafından bekleniyordu. Analistler enflasyonun daha çok yavaşladığını ve ekonominin bir durgunluğa girebileceğini söylüyor. Banka, bu kararın ancak geçici olarak alındığını ve gelecek aylar için verilerin izleneceğini belirtti.", "tr")]
    [InlineData("Bank sentral pada hari Kamis mempertahankan suku bunga, keputusan yang sudah diperkirakan pasar. Para analis mengatakan bahwa inflasi terus melambat dan ini akan memberi ruang untuk penurunan suku bunga dalam beberapa bulan. Keputusan itu juga diambil dengan melihat data dari sektor perbankan yang tidak terlalu kuat.", "id")]
    [InlineData("Η κεντρική τράπεζα διατήρησε αμετάβλητα τα επιτόκια την Πέμπτη, μια απόφαση που αναμενόταν από τις αγορές. Οι αναλυτές λένε ότι ο πληθωρισμός επιβραδύνεται και ότι η ανάπτυξη χάνει δυναμική, με περισσότερες επιχειρήσεις να αναβάλλουν επενδύσεις και με το κόστος του δανεισμού να βαραίνει τα νοικοκυριά.", "el")]
    [InlineData("Centrální banka ve čtvrtek ponechala sazby beze změny, což trhy očekávaly. Analytici uvádějí, že inflace zpomaluje a že růst ekonomiky také slábne. Podle nich banka může sazby snížit již na jaře, protože data, která jsou k dispozici, nejsou silná. Není to ale jisté, řekl jeden z ekonomů, který banku sleduje. Firmy, které chtějí investovat, musí být opatrné.", "cs")]
    [InlineData("Banca centrală a menținut joi dobânda la același nivel, o decizie așteptată de piețe. Analiștii spun că inflația scade și că economia a încetinit în ultimele luni. După această decizie, banca a transmis că datele sunt urmărite atent și că pentru companii creditul rămâne scump. Acest lucru a fost anunțat printr-un comunicat, fiind a treia pauză între ședințe.", "ro")]
    [InlineData("A központi bank csütörtökön nem változtatott a kamaton, és ez a döntés a piacok várakozása szerint történt. Az elemzők szerint az infláció már lassul, és a gazdaság is gyengül. A bank közleménye szerint még nincs döntés a jövőről, de csak akkor lépnek, ha az adatok egy irányba mutatnak. Ez volt a harmadik szünet, pedig sokan vágást vártak.", "hu")]
    [InlineData("Keskuspankki piti korot ennallaan torstaina, mikä oli markkinoiden odotusten mukaan. Analyytikoiden mukaan inflaatio hidastuu, ja myös talous on heikentynyt. Pankki kertoi, että se seuraa tietoja, jotka ovat tulossa, mutta päätös oli yksimielinen. Hän sanoi, että tämä oli kolmas tauko, joka tehtiin vuonna 2024, sekä että korot voivat laskea.", "fi")]
    [InlineData("Ngân hàng trung ương đã giữ nguyên lãi suất vào thứ Năm, một quyết định được thị trường dự đoán. Các nhà phân tích cho rằng lạm phát đang chậm lại và nền kinh tế cũng yếu đi. Quyết định này được đưa ra sau khi xem xét những dữ liệu mới, và ngân hàng không có kế hoạch thay đổi chính sách với các khoản vay của doanh nghiệp.", "vi")]
    [InlineData("Hindi binago ng bangko sentral ang interes noong Huwebes, at inaasahan ito ng mga merkado. Sinabi ng mga analista na bumabagal ang implasyon at humihina naman ang ekonomiya. Ayon sa bangko, ang desisyon ay ginawa nang maingat, at siya ay nagsabi na ang kanyang koponan ay magbabantay lamang sa mga datos.", "tl")]
    [InlineData("Short text.", "")]
    public void TheLanguageOfATextIsTold_OnlyWhenItIsClear(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact]
    public void ALanguageThePageDeclares_AndTheTextClearlyIsNot_IsCorrected_ButAnUnknownOneIsKept()
    {
        const string german = "<p>Die Zentralbank hat am Donnerstag die Zinsen nicht verändert, und die Märkte reagierten mit Erleichterung auf die Entscheidung. "
            + "Es ist die dritte Pause in Folge, die von den Analysten erwartet wurde, auch weil sich die Inflation abschwächt und die Wirtschaft auf einen Abschwung zusteuert.</p>";
        Assert.Equal("de", ScrapeHelper.Scrape($"<html lang=\"en\"><body><article><h1>Zinsen</h1>{german}</article></body></html>").Metadata.Language.Value);
        Assert.Equal("ca", ScrapeHelper.Scrape($"<html lang=\"ca\"><body><article><h1>Zinsen</h1>{german}</article></body></html>").Metadata.Language.Value);
    }
}
