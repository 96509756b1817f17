namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>The case of letters, roman numerals, words and names in a picture.</summary>
public enum LetterCase
{
    Upper,
    Lower,
    Title,
}
