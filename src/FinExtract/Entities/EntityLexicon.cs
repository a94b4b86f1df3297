namespace FinExtract.Entities;

/// <summary>
/// The word lists the entity heuristics use, gathered in one place: words that make a capitalised name an
/// organisation, words that announce a person, and capitalised words that are not names.
/// </summary>
public static class EntityLexicon
{
    /// <summary>A capitalised sequence holding one of these is an organisation.</summary>
    public static readonly HashSet<string> OrgWords = new(StringComparer.Ordinal)
    {
        "Bank", "Banks", "Group", "Holdings", "Holding", "Capital", "Securities", "Partners", "Fund", "Funds", "Exchange", "Ministry",
        "Commission", "Authority", "Agency", "University", "College", "Council", "Reserve", "Association", "Airlines", "Airways", "Motors",
        "Energy", "Technologies", "Technology", "Systems", "Media", "News", "Times", "Post", "Journal", "Institute", "Party", "Court",
        "Department", "Federation", "Union", "Trust", "Insurance", "Investments", "Investment", "Management", "Advisors", "Advisers",
        "Ventures", "Labs", "Pharmaceuticals", "Pharma", "Petroleum", "Oil", "Telecom", "Communications", "Railways", "Bancorp",
        "Financial", "Services", "Industries", "Corporation", "Company", "Inc", "Corp", "Ltd", "LLC", "Plc", "AG", "SA", "Markets",
        "Research", "Analytics", "Consulting", "Software", "Semiconductor", "Semiconductors", "Electronics", "Motor", "Foods",
        "Brands", "Stores", "Resources", "Mining", "Minerals", "Metals", "Steel", "Chemicals", "Logistics", "Shipping", "Properties",
        "Realty", "Foundation", "Office", "Bureau", "Board", "Committee", "Parliament", "Government", "Administration", "Police",
        "Army", "Navy", "Force", "Forces", "Club", "Team", "League", "Studios", "Entertainment", "Network", "Networks", "Broadcasting",
        "Press", "Magazine", "Review", "Tribune", "Herald", "Gazette", "Daily", "Weekly", "Wire", "Advisory", "Equities", "Asset",
        "Assets", "Wealth", "Lending", "Credit", "Payments", "Exchanges", "Clearing", "Index", "Treasury",
        "Sciences", "Science", "Health", "Healthcare", "Automotive", "Power", "Solar", "Utilities", "Gold", "Copper", "Iron", "Coal",
        "Mines", "REIT", "Bancshares", "Therapeutics", "Biosciences", "Biotech", "Medical", "Devices", "Instruments", "Robotics",
        "Aerospace", "Defense", "Defence", "Hotels", "Resorts", "Casinos", "Games", "Gaming", "Interactive", "Digital", "Wireless",
        "Satellite", "Apparel", "Beverages", "Tobacco", "Retail", "Associates", "Brothers", "Sons", "Trading", "LLP", "Airport",
        "Embassy", "Consulate", "School", "Academy", "Hospital", "Directorate", "Ministry", "Secretariat", "Inspectorate", "Tribunal",
    };

    /// <summary>Words right before a name that make it a person's ("CEO Mark Zuckerberg", "Mr. Baird").</summary>
    public static readonly HashSet<string> PersonCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "president",
        "executive", "officer", "director", "analyst", "analysts", "economist", "strategist", "minister", "secretary", "governor",
        "senator", "sen", "rep", "representative", "chancellor", "premier", "founder", "co-founder", "investor", "spokesman",
        "spokeswoman", "spokesperson", "manager", "partner", "head", "chief", "said", "says", "told", "according", "by", "lawyer",
        "attorney", "judge", "commissioner", "trader", "professor", "researcher", "editor", "reporter", "columnist", "host", "anchor",
        "correspondent", "lawmaker", "congressman", "congresswoman", "rep", "prosecutor", "superintendent", "ambassador", "envoy",
    };

    /// <summary>Capitalised words that are not names on their own (sentence openers, months, days).</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "For", "With", "As", "By", "From", "To", "Of", "It", "He", "She", "They",
        "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "After", "Before", "When",
        "While", "If", "Since", "Although", "Despite", "Last", "Next", "Meanwhile", "However", "Still", "Yet", "So", "Now", "Then",
        "There", "Here", "What", "Why", "How", "Who", "Which", "Where", "Some", "Many", "Most", "Such", "Other", "Others", "One", "Two",
        "Three", "All", "Both", "Each", "Every", "No", "Not", "Also", "Even", "Just", "Only", "More", "Less", "New", "Over", "Under",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "CEO", "CFO", "Q1", "Q2", "Q3", "Q4", "Year", "Photo", "Image",
        "Read", "Share", "Click", "Sign", "Subscribe", "According", "Shares", "Stocks", "Analysts", "Investors", "Officials", "Sources",
        "Reporting", "Editing", "Writing", "Additional", "Updated", "Published", "Source", "Chief", "Executive", "President",
        "Director", "Head", "Manager", "Analyst", "Officer", "Chairman", "Chairwoman", "Vice", "Senior", "Managing", "Deputy",
        "Secretary", "Minister", "Governor", "Founder", "Co-Founder", "Spokesman", "Spokeswoman", "Economist", "Strategist",
        "Senator", "Sen", "Rep", "Prime", "Premier", "Chancellor", "Judge", "Justice", "Mayor", "Congressman", "Congresswoman",
        "Ambassador", "Admiral", "Sheriff", "Commissioner", "MP", "Lawmaker", "Professor", "Prof", "Sir", "Dame", "Lord", "Lady",
        "King", "Queen", "Prince", "Princess", "Pope", "Chair", "Gov", "Attorney", "General",
    };

    /// <summary>Words in <see cref="NotNames"/> that open a company's name when capitalised mid-sentence ("Just Eat", "New Balance").</summary>
    public static readonly HashSet<string> NamePrefixes = new(StringComparer.Ordinal) { "Just", "New", "One", "Only", "More", "All", "Every", "Even", "Still", "Now", "Most", "Such", "No", "Less", "Over", "Under", "Yet", "So" };

    /// <summary>A capitalised sequence ending with one of these names a law, event, award or plan, not an organisation or person.</summary>
    public static readonly HashSet<string> MiscEndings = new(StringComparer.Ordinal)
    {
        "Act", "Day", "Week", "Award", "Awards", "Prize", "Cup", "Show", "Festival", "Conference", "Summit", "Agreement", "Treaty",
        "Deal", "Plan", "Program", "Programme", "Project", "Law", "Bill", "Amendment", "Report", "Survey", "War", "Crisis", "Era",
        "Challenge", "Tour", "Edition", "Series", "Model", "Pro", "Max", "Plus", "Ultra", "Mini", "Air", "Edge", "Season",
    };

    /// <summary>Last words that make a capitalised run an event, award, document or thing even when it holds an organisation word.</summary>
    public static readonly HashSet<string> ThingEndings = new(StringComparer.Ordinal)
    {
        "Show", "Festival", "Conference", "Summit", "Expo", "Fair", "Day", "Week", "Award", "Awards", "Prize", "Cup", "Goal", "Goals",
        "Hazard", "Hazards", "Card", "Act", "Bill", "Treaty", "Agreement", "Index", "Report", "Survey",
    };

    /// <summary>Nationalities and party adjectives: not entities on their own ("European", "Republican").</summary>
    public static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal)
    {
        "American", "Americans", "European", "Europeans", "Chinese", "Japanese", "British", "German", "Germans", "French", "Indian",
        "Indians", "Russian", "Russians", "Canadian", "Australian", "Korean", "Italian", "Spanish", "Mexican", "Brazilian", "African",
        "Asian", "Arab", "Israeli", "Iranian", "Turkish", "Swiss", "Dutch", "Irish", "Scottish", "Welsh", "English", "Western", "Eastern",
        "Northern", "Southern", "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Conservative", "Conservatives",
        "Labour", "Liberal", "Liberals", "Muslim", "Christian", "Jewish", "Catholic", "Protestant", "Sunni", "Shia", "Kurdish",
        "Ukrainian", "Ukrainians", "Pakistani", "Nigerian", "Egyptian", "Saudi", "Emirati", "Qatari", "Taiwanese", "Vietnamese",
        "Thai", "Indonesian", "Filipino", "Malaysian", "Singaporean", "Swedish", "Norwegian", "Danish", "Finnish", "Polish", "Greek",
    };

    /// <summary>Words right before a name that make it an organisation's ("rival DoorDash", "shares of Lucasfilm").</summary>
    public static readonly HashSet<string> OrgCuesBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "rival", "rivals", "startup", "start-up", "firm", "company", "carmaker", "automaker", "bank", "lender", "retailer", "insurer",
        "broker", "brokerage", "provider", "maker", "giant", "conglomerate", "chipmaker", "airline", "operator", "publisher",
        "broadcaster", "newspaper", "outlet", "platform", "app", "developer", "manufacturer", "supplier", "unit", "subsidiary",
        "acquired", "acquire", "acquiring", "bought", "buying", "owner", "investor", "backer", "fund", "partner", "client", "customer",
    };

    /// <summary>Words right after a name that make it an organisation's ("Lucasfilm shares", "DoorDash spokeswoman").</summary>
    public static readonly HashSet<string> OrgCuesAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "shares", "stock", "stake", "spokesman", "spokeswoman", "spokesperson", "executives", "shareholders", "investors", "board",
        "employees", "workers", "subsidiary", "unit", "Inc", "Corp", "Ltd", "plc", "LLC", "Group", "Holdings",
    };

    /// <summary>People who work somewhere: "an economist at X", "analysts from X".</summary>
    public static readonly HashSet<string> Professions = new(StringComparer.OrdinalIgnoreCase)
    {
        "professor", "researcher", "researchers", "student", "fellow", "lecturer", "scientist", "scientists", "economist", "economists",
        "analyst", "analysts", "strategist", "strategists", "executive", "executives", "director", "partner", "partners", "engineer",
        "engineers", "spokesman", "spokeswoman", "spokesperson", "trader", "traders", "lawyer", "lawyers", "banker", "bankers",
        "manager", "managers", "officials", "employees", "staff", "workers",
    };

    /// <summary>Lower-case roles written between an employer and a person's name: "X partner Nathan Cecil", "X analyst Jane Roe".</summary>
    public static readonly HashSet<string> RolesBeforeName = new(StringComparer.Ordinal)
    {
        "partner", "analyst", "analysts", "economist", "strategist", "spokesman", "spokeswoman", "spokesperson", "founder", "co-founder",
        "director", "chairman", "chairwoman", "president", "boss", "trader", "lawyer", "researcher", "executive",
    };

    /// <summary>Titles that announce a person's name right after them ("Senator Matthew Canavan", "President Obama").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "President", "Senator", "Sen", "Rep", "Gov", "Governor",
        "Minister", "Premier", "Chancellor", "Judge", "Justice", "Mayor", "Congressman", "Congresswoman", "Ambassador", "Admiral",
        "Sheriff", "Commissioner", "MP", "CEO", "Chairman", "Chairwoman", "Director", "Secretary", "King", "Queen", "Prince", "Princess", "Pope",
    };

    /// <summary>Titles and roles written in title case right before a name inside one capitalised run ("Trade Representative Robert Lighthizer").</summary>
    public static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Dame", "President", "Senator", "Sen", "Rep", "Gov", "Governor", "Minister",
        "Premier", "Chancellor", "Judge", "Justice", "Mayor", "Congressman", "Congresswoman", "Ambassador", "Admiral", "Sheriff",
        "Commissioner", "MP", "CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "Chairperson", "Chair", "Secretary", "Representative",
        "Administrator", "Adviser", "Advisor", "Superintendent", "Ombudsman", "Speaker", "Commander", "Cmdr", "Gen", "Lt", "Col", "Capt",
        "Sgt", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Economist", "Analyst", "Strategist", "Founder", "Co-founder", "Leader",
        "Whip", "Treasurer", "Dean", "Coach", "Host", "Anchor", "Correspondent", "Inspector", "Attorney", "Prosecutor", "Director",
        "Officer", "Executive", "Vice-President", "Deputy", "Lawmaker", "Assemblyman", "Assemblywoman", "Councilman", "Councilwoman",
    };

    /// <summary>Last words that make a name a place even after a given name ("Victoria Street", "Jackson County").</summary>
    public static readonly HashSet<string> StrongPlaceWords = new(StringComparer.Ordinal)
    {
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Lane", "Drive", "Square", "County", "Province", "River", "Island",
        "Islands", "Airport", "Township", "Territory", "State", "City", "Bay", "Beach", "Valley", "Falls", "Springs", "Creek", "Lake",
    };

    /// <summary>A capitalised sequence ending with one of these is a place ("Lygon Street", "Port Hedland" starts with one of <see cref="PlaceStarts"/>).</summary>
    public static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Lane", "Drive", "Square", "Park", "Point", "Bay", "Beach", "River",
        "Island", "Islands", "Lake", "Mountain", "Mountains", "Valley", "County", "Province", "Region", "District", "Coast", "Harbour",
        "Harbor", "Hill", "Hills", "Heights", "Peninsula", "Basin", "Desert", "Sea", "Ocean", "Gulf", "Strait", "Canal", "Airport",
        "End", "Creek", "Falls", "Springs", "Township", "Village", "Territory", "State", "City",
    };

    /// <summary>First words of place names ("Port Hedland", "Mount Isa", "Lake Como", "Fort Worth").</summary>
    public static readonly HashSet<string> PlaceStarts = new(StringComparer.Ordinal) { "Port", "Mount", "Mt", "Lake", "Fort", "Cape", "Saint", "San", "Santa", "Los", "Las", "Puerto" };

    /// <summary>Upper-case words that are common nouns, not organisations ("AI", "CEO", "GDP").</summary>
    public static readonly HashSet<string> NotAcronyms = new(StringComparer.Ordinal)
    {
        "AI", "CEO", "CFO", "COO", "CTO", "GPU", "GPUs", "CPU", "EV", "EVs", "IPO", "ETF", "ETFs", "GDP", "CPI", "PMI", "USD", "EUR", "GBP",
        "JPY", "CNY", "INR", "LLC", "TV", "PC", "IT", "HR", "PR", "QA", "OK", "AM", "PM", "ET", "PT", "GMT", "UTC", "EST", "EDT", "PST",
        "AR", "VR", "API", "APIs", "SUV", "SUVs", "LNG", "ESG", "M&A", "P/E", "EPS", "EBITDA", "YoY", "Q1", "Q2", "Q3", "Q4", "FY",
        "II", "III", "IV", "VI", "NEW", "UPDATE", "BREAKING", "WATCH", "READ", "MORE", "PHOTO", "VIDEO", "COVID", "RSS", "FAQ",
        "USB", "HDMI", "RAM", "ROM", "LED", "LEDs", "LCD", "OLED", "HDR", "SSD", "HDD", "FPS", "GPS", "NFC", "LTE", "VPN", "SaaS", "IoT",
        "ML", "NLP", "CPA", "CFA", "MBA", "PhD", "SOC", "ROI", "KPI", "KPIs", "B2B", "B2C", "DIY", "PDF", "HTML", "URL", "VP", "SVP", "EVP",
        "MD", "HQ", "R&D", "IP", "ID", "DNA", "RNA", "HIV", "AIDS", "ICU", "ICUs", "ER", "RV", "MPG", "MPH", "ATM", "ATMs", "NAV", "AUM",
        "YTD", "QoQ", "MoM", "BPS", "IPOs", "SPAC", "SPACs", "LBO", "VC", "VCs", "GP", "LP", "NFT", "NFTs", "DeFi", "BTC", "ETH", "CO2",
        "AGM", "EGM", "OTC", "FX", "PPE", "PPP", "VAT", "GST", "TAX", "LIVE", "UPDATED", "EXCLUSIVE", "OPINION", "ANALYSIS", "USD",
        "OK", "TBD", "TBA", "ASAP", "FYI", "AKA", "DM", "DMs", "PS", "CC", "RR", "SD", "BC", "AD", "PM", "AI-powered", "5G", "4G", "4K", "8K",
    };

    /// <summary>Small words that may join the capitalised words of one name ("Bank of America", "Procter &amp; Gamble").</summary>
    public static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "&", "de", "du", "der", "van", "von", "for", "la", "le", "del", "da", "y" };
}
