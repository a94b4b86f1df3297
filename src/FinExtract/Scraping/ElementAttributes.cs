using AngleSharp.Dom;

namespace FinExtract.Scraping;

/// <summary>
/// The attributes the scraper looks at, read in one pass over an element's attribute list (asking for
/// each by name scans the list once per name).
/// </summary>
internal readonly struct ElementAttributes
{
    public readonly string? Class, Id, Style, Role, AriaHidden, ItemProp, Rel;
    public readonly bool Hidden;

    /// <summary>Whether the element is hidden from readers: the hidden attribute, or an inline style that hides it.</summary>
    public bool HiddenFromReaders => Hidden || Style is { } style && IsHiddenStyle(style);

    /// <summary>Whether an inline style hides its element ("display: none", "visibility:hidden").</summary>
    public static bool IsHiddenStyle(string style) =>
        style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
        || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase);

    public ElementAttributes(IElement el)
    {
        Class = Id = Style = Role = AriaHidden = ItemProp = Rel = null;
        Hidden = false;
        foreach (var a in el.Attributes)
        {
            switch (a.Name)
            {
                case "class": Class = a.Value; break;
                case "id": Id = a.Value; break;
                case "style": Style = a.Value; break;
                case "role": Role = a.Value; break;
                case "aria-hidden": AriaHidden = a.Value; break;
                case "itemprop": ItemProp = a.Value; break;
                case "rel": Rel = a.Value; break;
                case "hidden": Hidden = true; break;
            }
        }
    }
}
