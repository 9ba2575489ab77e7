package dev.boxoffice.model.forest;

import dev.boxoffice.model.lightgbm.LightGbmModel;
import java.util.List;

/**
 * The outcome of tuning a forest: every grid point tried (in depth, then tree-count order), the winner and its
 * model. Without a validation set (fixed parameters) the grid is empty and {@code best} is null.
 */
public record ForestTuning(List<GridPoint> grid, GridPoint best, LightGbmModel model) {
    public ForestTuning {
        grid = List.copyOf(grid);
        if (model == null) throw new IllegalArgumentException("model must not be null");
    }
}
