package dipmix.jobs.unmix;

import dipmix.unmix.Monitor;

/** Runs one unmixing method from the prepared scene and its starting endmembers. */
interface MethodRunner {
    Solution solve(PreparedScene scene, EndmemberChoice start, UnmixRequest request, Monitor monitor);

    static MethodRunner of(Method method) {
        return switch (method) {
            case FCLSU, NNLS, UCLS -> new LinearAbundanceRunner(method);
            case NMF -> new NmfRunner();
            case UNDIP -> new UndipRunner();
            case BUDDIP -> new BuddipRunner();
        };
    }
}
