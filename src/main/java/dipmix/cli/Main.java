package dipmix.cli;

import org.nd4j.linalg.factory.Nd4j;

public class Main {
    public static void main(String[] a) {
        System.out.println(Nd4j.getExecutioner().getEnvironmentInformation());
        System.out.println(Nd4j.create(new float[]{1,2,3,4}, 2, 2).mmul(Nd4j.eye(2).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)));
    }
}
