using SocialExchange.Listing.Exercise;

// The listing exercise from the command line; all logic is in ExerciseCommandLine so the tests run the same code.
return ExerciseCommandLine.Run(args, Console.Out, Console.Error);
