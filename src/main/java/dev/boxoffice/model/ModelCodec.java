package dev.boxoffice.model;

import dev.boxoffice.model.ensemble.EnsembleModel;
import dev.boxoffice.model.ensemble.ResidualModel;
import dev.boxoffice.model.ensemble.SwitchModel;
import dev.boxoffice.model.lightgbm.LightGbmModel;
import dev.boxoffice.model.liblinear.LogisticModel;
import dev.boxoffice.model.ols.OlsModel;
import dev.boxoffice.model.xgboost.XgboostModel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a model's portable bytes back into a model: {@code load(m.format(), m.nativeBytes())} predicts,
 * bit for bit, what {@code m} predicts, and has the same name, task, feature names and params.
 */
public final class ModelCodec {
    /** Every format {@link #load} reads. */
    public static final List<String> FORMATS =
            List.of(OlsModel.FORMAT, LogisticModel.FORMAT, LightGbmModel.FORMAT, XgboostModel.FORMAT,
                    EnsembleModel.FORMAT, ResidualModel.FORMAT, SwitchModel.FORMAT);

    private ModelCodec() {}

    /**
     * Reads a model.
     *
     * @param format one of {@link #FORMATS}
     * @throws IllegalArgumentException for an unknown format or bytes that are not a model of that format
     */
    public static TrainedModel load(String format, byte[] bytes) {
        if (bytes == null || bytes.length == 0) throw new IllegalArgumentException("no model bytes");
        return switch (format) {
            case OlsModel.FORMAT -> OlsModel.fromJson(bytes);
            case LogisticModel.FORMAT -> LogisticModel.fromJson(bytes);
            case LightGbmModel.FORMAT -> LightGbmModel.fromText(new String(bytes, StandardCharsets.UTF_8));
            case XgboostModel.FORMAT -> XgboostModel.fromJson(bytes);
            case EnsembleModel.FORMAT -> EnsembleModel.fromJson(bytes);
            case ResidualModel.FORMAT -> ResidualModel.fromJson(bytes);
            case SwitchModel.FORMAT -> SwitchModel.fromJson(bytes);
            default -> throw new IllegalArgumentException("unknown model format '" + format + "', expected one of "
                    + FORMATS);
        };
    }
}
