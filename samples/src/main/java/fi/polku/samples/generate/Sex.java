package fi.polku.samples.generate;

/** Administrative sex, as encoded in the personal identity code (odd individual number: male). */
public enum Sex {
  FEMALE,
  MALE
}
