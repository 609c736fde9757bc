package fi.polku.samples.generate;

/**
 * Receives a generated population as a stream, city by city. Implementations write one export
 * format each; none may expect to see a whole city at once.
 *
 * <p>Order within a city: {@link #beginCity} (with every school and ECEC unit), then for each
 * district and age group its classes before its pupils, pupils and ECEC children interleaved, and
 * finally {@link #endCity}.
 */
public interface PopulationSink {

  /** A city begins; its plan lists every school and ECEC unit. */
  void beginCity(CityPlan plan);

  /** A class or group of the current school year, before any of its members. */
  void schoolClass(SchoolClass schoolClass);

  /** A pupil of the student register. */
  void pupil(Pupil pupil);

  /** A child of the ECEC database. */
  void ececChild(EcecChild child);

  /** The city is complete. */
  void endCity();

  /** A sink that passes everything to each of the sinks in turn. */
  static PopulationSink all(PopulationSink... sinks) {
    return new PopulationSink() {
      @Override
      public void beginCity(CityPlan plan) {
        for (PopulationSink sink : sinks) {
          sink.beginCity(plan);
        }
      }

      @Override
      public void schoolClass(SchoolClass schoolClass) {
        for (PopulationSink sink : sinks) {
          sink.schoolClass(schoolClass);
        }
      }

      @Override
      public void pupil(Pupil pupil) {
        for (PopulationSink sink : sinks) {
          sink.pupil(pupil);
        }
      }

      @Override
      public void ececChild(EcecChild child) {
        for (PopulationSink sink : sinks) {
          sink.ececChild(child);
        }
      }

      @Override
      public void endCity() {
        for (PopulationSink sink : sinks) {
          sink.endCity();
        }
      }
    };
  }
}
