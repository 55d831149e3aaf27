package dipmix.unmix.dip.optim;

/** The optimisers the seed report compared for UnDIP (Adam at 1e-3 was best). */
public enum OptimizerKind {
    ADAM, NADAM, RMSPROP;

    /** A fresh optimiser of this kind with PyTorch's default hyper-parameters and learning rate {@code lr}. */
    public Optimizer create(double lr) {
        return switch (this) {
            case ADAM -> new Adam(lr, 0.9, 0.999, 1e-8);
            case NADAM -> new NAdam(lr, 0.9, 0.999, 1e-8, 4e-3);
            case RMSPROP -> new RmsProp(lr, 0.99, 1e-8);
        };
    }
}
