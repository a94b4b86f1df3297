using System.Text;
using FinExtract.Input;

namespace FinExtract.Tests.Input;

/// <summary>
/// Pages in 11 languages and 22 encodings, each declared, undeclared and mis-declared: the decoder must read every
/// one back to the text it was made from (the sentences are the project's own).
/// </summary>
public class EncodingDetectionTests
{
    private static readonly (string Lang, string Text, string[] Encodings)[] Texts =
    {
        ("fr", "Les marchés européens ont reculé mardi après la publication de résultats décevants dans le secteur bancaire ; la Bourse de Paris " +
            "a cédé 1,2 % à la clôture, entraînée par les valeurs financières.", new[] { "windows-1252", "iso-8859-15", "utf-8" }),
        ("de", "Die Aktien der Großbanken gaben am Dienstag nach, während die Anleger auf die Zinsentscheidung der Notenbank warteten; der " +
            "Leitindex schloss 0,8 % tiefer, Versorger wurden gemieden.", new[] { "windows-1252", "utf-8" }),
        ("es", "Las acciones de las eléctricas subieron con fuerza después de que el Gobierno anunciara una reducción de impuestos para el " +
            "próximo año; el índice ganó un 1,5 % en la sesión.", new[] { "windows-1252", "utf-8" }),
        ("ru", "Российские акции выросли во вторник после того, как центральный банк сохранил ключевую ставку без изменений; индекс прибавил " +
            "полтора процента, а рубль укрепился к доллару.", new[] { "windows-1251", "koi8-r", "utf-8" }),
        ("pl", "Akcje największych banków potaniały we wtorek, a inwestorzy czekają na decyzję rady polityki pieniężnej w sprawie stóp " +
            "procentowych; złoty osłabił się wobec euro.", new[] { "windows-1250", "iso-8859-2", "utf-8" }),
        ("ja", "東京株式市場で日経平均株価は続伸し、輸出関連株を中心に買いが広がった。円相場は一ドル百五十円台で推移し、投資家は日銀の金融政策決定会合の結果を待っている。",
            new[] { "shift_jis", "euc-jp", "utf-8" }),
        ("zh", "上海股市周二收盘上涨，银行和保险板块领涨，投资者预计中央银行将在下个月进一步放宽货币政策，人民币兑美元汇率小幅走强。", new[] { "gb18030", "utf-8" }),
        ("zh-tw", "台北股市週二收盤上漲，半導體與金融類股領漲，投資人預期中央銀行將維持利率不變，新台幣兌美元匯率小幅升值。", new[] { "big5", "utf-8" }),
        ("ko", "코스피 지수는 외국인 투자자들의 매수세에 힘입어 이틀 연속 상승 마감했으며 반도체 주가가 강세를 보였고 원화 가치도 소폭 올랐다.", new[] { "euc-kr", "utf-8" }),
        ("el", "Οι μετοχές των τραπεζών σημείωσαν άνοδο την Τρίτη, καθώς οι επενδυτές αναμένουν την απόφαση της κεντρικής τράπεζας για τα " +
            "επιτόκια του επόμενου μήνα.", new[] { "windows-1253", "iso-8859-7", "utf-8" }),
        ("tr", "İstanbul borsası salı günü yükselişle kapandı; bankacılık hisseleri yatırımcıların ilgisini çekti ve endeks yüzde bir değer " +
            "kazandı, dolar kuru ise geriledi.", new[] { "windows-1254", "utf-8" }),
    };

    public static IEnumerable<object[]> Cases()
    {
        foreach (var (lang, text, encodings) in Texts)
            foreach (var enc in encodings)
                foreach (var mode in new[] { "declared", "undeclared", "mis-declared" })
                    yield return new object[] { lang, enc, mode, text };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryPage_IsReadBackToItsText(string lang, string encoding, string mode, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string? declared = mode == "declared" ? encoding : mode == "mis-declared" ? (encoding == "utf-8" ? "windows-1252" : "utf-8") : null;
        string page = $"<!DOCTYPE html><html lang=\"{lang}\"><head>{(declared != null ? $"<meta charset=\"{declared}\">" : "")}<title>Markets</title>" +
            $"</head><body><article><h1>Markets</h1><p>{text}</p><p>{text}</p></article></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(encoding).GetBytes(page), html: true);
        Assert.True(decoded.Text.Contains(text, StringComparison.Ordinal), $"read as {decoded.EncodingName} ({decoded.How})");
    }
}
