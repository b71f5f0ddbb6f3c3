namespace FamilyFirst.Domain.Families;

/// <summary>Common English short forms of given names ("Bill" for William), so a nickname is not a new person.</summary>
internal static class GivenNameVariants
{
    private static readonly string[][] Groups =
    [
        ["john", "jon", "jonathan", "johnny", "jack"],
        ["william", "will", "bill", "billy", "liam", "willy"],
        ["robert", "rob", "bob", "bobby", "robbie", "bert"],
        ["elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "lisa", "bess"],
        ["katherine", "catherine", "kathryn", "kate", "kathy", "cathy", "katie", "kat", "kitty"],
        ["michael", "mike", "mick", "mikey", "mickey"],
        ["thomas", "tom", "tommy"],
        ["james", "jim", "jimmy", "jamie"],
        ["david", "dave", "davey", "davy"],
        ["christopher", "chris", "kit"],
        ["christine", "chris", "chrissie", "tina"],
        ["samuel", "sam", "sammy"],
        ["samantha", "sam", "sammy"],
        ["alexander", "alex", "alec", "sandy", "xander"],
        ["alexandra", "alex", "lexi", "sandra"],
        ["daniel", "dan", "danny"],
        ["benjamin", "ben", "benny"],
        ["henry", "harry", "hal", "hank"],
        ["margaret", "maggie", "meg", "peggy", "maisie", "madge"],
        ["susan", "sue", "susie", "suzanne"],
        ["jennifer", "jen", "jenny"],
        ["rebecca", "becky", "becca"],
        ["victoria", "vicky", "vicki", "tori"],
        ["nicholas", "nick", "nicky"],
        ["matthew", "matt", "matty"],
        ["andrew", "andy", "drew"],
        ["stephen", "steven", "steve", "stevie"],
        ["anthony", "tony", "ant"],
        ["joseph", "joe", "joey"],
        ["josephine", "jo", "josie"],
        ["patricia", "pat", "trish", "patsy", "tricia"],
        ["patrick", "pat", "paddy"],
        ["deborah", "debbie", "debra", "deb"],
        ["amanda", "mandy"],
        ["joanne", "joanna", "jo"],
        ["richard", "rich", "rick", "ricky", "dick"],
        ["edward", "ed", "eddie", "ted", "ned"],
        ["charles", "charlie", "chas", "chuck"],
        ["charlotte", "charlie", "lottie"],
        ["abigail", "abi", "abby", "abbie"],
        ["jessica", "jess", "jessie"],
        ["olivia", "liv", "livvy"],
        ["gregory", "greg"],
        ["kenneth", "ken", "kenny"],
        ["leonard", "len", "lenny", "leo"],
        ["nathan", "nathaniel", "nat", "nate"],
        ["timothy", "tim", "timmy"],
        ["philip", "phillip", "phil", "pip"],
        ["frederick", "fred", "freddie", "freddy"],
        ["ronald", "ron", "ronnie"],
        ["donald", "don", "donny"],
        ["raymond", "ray"],
        ["terence", "terry"],
        ["gerald", "gerry"],
        ["lawrence", "laurence", "larry", "laurie"],
        ["eleanor", "ellie", "nell", "nora"],
        ["isabella", "isabel", "isobel", "bella", "izzy"],
        ["sophia", "sophie"],
        ["emily", "em", "emmy"],
        ["caroline", "carol", "carrie"],
        ["zachary", "zach", "zak"],
        ["dorothy", "dot", "dotty"],
        ["barbara", "barb", "babs"],
        ["kimberley", "kimberly", "kim"],
        ["jacqueline", "jackie", "jacqui"],
        ["gareth", "gaz", "gary"],
        ["louise", "lou", "louisa"],
        ["nicola", "nicky", "nikki"],
    ];

    private static readonly Dictionary<string, HashSet<int>> GroupsByName = BuildIndex();

    /// <summary>True when both normalised names are forms of the same given name (and are not the same text).</summary>
    public static bool AreVariants(string first, string second) =>
        first != second
        && GroupsByName.TryGetValue(first, out var a)
        && GroupsByName.TryGetValue(second, out var b)
        && a.Overlaps(b);

    private static Dictionary<string, HashSet<int>> BuildIndex()
    {
        var index = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var name in Groups[g])
            {
                if (!index.TryGetValue(name, out var set))
                {
                    index[name] = set = [];
                }

                set.Add(g);
            }
        }

        return index;
    }
}
