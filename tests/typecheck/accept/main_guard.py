# proves: the `if __name__ == "__main__":` idiom with a main() function
def main() -> None:
    print("hello from main")


if __name__ == "__main__":
    main()
